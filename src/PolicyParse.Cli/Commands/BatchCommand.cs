using System.CommandLine;
using System.CommandLine.Parsing;
using PolicyParse.Batch;
using PolicyParse.Serialization;

namespace PolicyParse.Cli.Commands;

/// <summary>
/// <c>policyparse batch FOLDER --output DIR</c>: a folder of notices to a mirrored folder of outputs
/// plus a manifest; <c>policyparse batch --merge-manifests M1 M2… --output DIR</c>: joins the
/// manifests of CI shards. The work is done by <see cref="BatchRunner"/>; this class parses options,
/// picks the console view and maps outcomes to exit codes.
/// </summary>
public static class BatchCommand
{
    public static Command Create(TextWriter stderr)
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "The folder of notices, walked recursively. Not given with --merge-manifests.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Folder for the outputs, mirroring the input folder's layout: <output>/<dir>/<name>.<format>, and manifest.json.",
            HelpName = "dir",
        }.NotEmpty();
        // No DefaultValueFactory: help would print the list's type-cased value; json is applied below.
        var formats = new Option<IReadOnlyList<OutputFormat>>("--format", "-f")
        {
            Description = $"Output formats: {string.Join(", ", OutputFormats.Names)}. Repeat the option or give a comma list (-f json,csv). [default: json]",
            HelpName = string.Join('|', OutputFormats.Names),
            CustomParser = ParseFormats,
        };
        formats.CompletionSources.Add(OutputFormats.Names.ToArray());
        var include = new Option<string[]>("--include")
        {
            Description = $"Glob of inputs to convert, relative to the folder; repeatable, case-insensitive. Default: {string.Join(" ", InputEnumerator.DefaultIncludes)}.",
            HelpName = "glob",
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Glob of inputs to leave out (e.g. 'drafts/**'); repeatable.",
            HelpName = "glob",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Inputs converted at the same time. Default: the number of processor cores.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "n",
        };
        jobs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1"); });
        var incremental = new Option<bool>("--incremental")
        {
            Description = "Skip inputs whose sha256 and tool version match the existing manifest and whose outputs exist.",
        };
        var shard = new Option<ShardSpec?>("--shard")
        {
            Description = "Convert only slice i of n (1-based), chosen by a stable hash of each relative path; for CI matrices.",
            HelpName = "i/n",
            CustomParser = r =>
            {
                if (ShardSpec.TryParse(r.Tokens.Single().Value, out var spec)) return spec;
                r.AddError($"--shard must be i/n with 1 <= i <= n, e.g. 1/4 (got '{r.Tokens.Single().Value}')");
                return null;
            },
        };
        var failOn = Choice.Create("--fail-on", "", ["error", "warning", "never"], "error",
            "Exit with code 8 when any input failed (error), failed or has warnings (warning), or never.");
        var manifest = new Option<string?>("--manifest")
        {
            Description = "Where to write (and, with --incremental, read) the manifest. Default: <output>/manifest.json.",
            HelpName = "path",
        }.NotEmpty();
        var merge = new Option<string[]>("--merge-manifests")
        {
            Description = "Instead of converting, merge these manifests (e.g. one per CI shard) into <output>/manifest.json; later ones win on the same input.",
            HelpName = "manifest",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("batch", "Convert a folder of notices in parallel, mirroring its layout, with a manifest of every input.")
        {
            folder, output, formats, include, exclude, jobs, incremental, shard, failOn, manifest, merge,
        };
        command.Validators.Add(r =>
        {
            var merging = r.GetValue(merge) is { Length: > 0 };
            if (merging && r.GetValue(folder) is not null)
                r.AddError("give either a folder to convert or --merge-manifests, not both");
            else if (!merging && r.GetValue(folder) is null)
                r.AddError("missing the folder to convert");
            if (r.GetValue(output) is null && (!merging || r.GetValue(manifest) is null))
                r.AddError("missing --output <dir>");
            // Options that only steer a conversion would be silently ignored by a merge.
            Option[] conversionOnly = [formats, include, exclude, jobs, incremental, shard];
            if (merging && conversionOnly.FirstOrDefault(o => r.GetResult(o) is { Implicit: false }) is { } given)
                r.AddError($"{given.Name} does not apply to --merge-manifests");
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var failPolicy = Enum.Parse<FailOn>(parse.GetValue(failOn)!, ignoreCase: true);
            if (parse.GetValue(merge) is { Length: > 0 } manifests)
                return Merge(manifests, parse.GetValue(manifest) ?? Path.Combine(parse.GetValue(output)!, Manifest.DefaultFileName), failPolicy, stderr);

            var options = new BatchOptions
            {
                InputDirectory = parse.GetValue(folder)!,
                OutputDirectory = parse.GetValue(output)!,
                Formats = parse.GetValue(formats) is { Count: > 0 } chosen ? chosen : [OutputFormat.Json],
                Include = parse.GetValue(include) ?? [],
                Exclude = parse.GetValue(exclude) ?? [],
                Jobs = parse.GetValue(jobs),
                Incremental = parse.GetValue(incremental),
                Shard = parse.GetValue(shard),
                ManifestPath = parse.GetValue(manifest),
            };
            return await RunAsync(options, failPolicy, stderr, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(BatchOptions options, FailOn failOn, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.InputDirectory))
        {
            stderr.WriteLine($"policyparse: {options.InputDirectory}: no such folder");
            return ExitCodes.Unreadable;
        }

        BatchSummary summary;
        try
        {
            summary = await (BatchConsole.Interactive
                ? new LiveBatchView().RunAsync(options, cancellationToken)
                : new PlainBatchLog(Console.Out).RunAsync(options, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("policyparse: batch interrupted; the manifest was not updated");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"policyparse: {options.EffectiveManifestPath}: cannot write the manifest: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        if (summary.Totals.Files == 0 && failOn != FailOn.Never)
        {
            stderr.WriteLine($"policyparse: {options.InputDirectory}: no input matched; nothing was converted");
            return ExitCodes.NoInputs;
        }
        return summary.Totals.Fails(failOn) ? ExitCodes.BatchFailed : ExitCodes.Success;
    }

    private static int Merge(string[] manifests, string target, FailOn failOn, TextWriter stderr)
    {
        var read = new List<Manifest>(manifests.Length);
        foreach (var path in manifests)
        {
            try
            {
                read.Add(Manifest.Read(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"policyparse: {path}: cannot read: {e.Message}");
                return ExitCodes.Unreadable;
            }
            catch (InvalidDataException e)
            {
                stderr.WriteLine($"policyparse: {path}: {e.Message}");
                return ExitCodes.UnsupportedFormat;
            }
        }

        ManifestTotals totals;
        try
        {
            totals = Manifest.Write(target, ToolVersion.Current, Manifest.MergeEntries(read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"policyparse: {target}: cannot write the manifest: {e.Message}");
            return ExitCodes.OutputFailed;
        }
        var console = BatchConsole.Create(Console.Out, interactive: BatchConsole.Interactive);
        BatchConsole.WriteSummary(console, totals, processed: null, skipped: null, elapsed: null, target);
        return totals.Fails(failOn) ? ExitCodes.BatchFailed : ExitCodes.Success;
    }

    private static IReadOnlyList<OutputFormat> ParseFormats(ArgumentResult result)
    {
        var formats = new List<OutputFormat>();
        foreach (var name in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (!OutputFormats.Names.Contains(name.ToLowerInvariant()))
            {
                result.AddError(Choice.NotOneOf("--format", name, OutputFormats.Names));
                return [];
            }
            var format = OutputFormats.Parse(name);
            if (!formats.Contains(format)) formats.Add(format);
        }
        if (formats.Count == 0) result.AddError($"--format needs at least one of {string.Join(", ", OutputFormats.Names)}");
        return formats;
    }
}
