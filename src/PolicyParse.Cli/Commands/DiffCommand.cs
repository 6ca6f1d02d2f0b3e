using System.CommandLine;
using System.Globalization;
using PolicyParse.Diff;
using PolicyParse.Model;
using PolicyParse.Serialization;

namespace PolicyParse.Cli.Commands;

/// <summary><c>policyparse diff OLD NEW</c>: which tasks were added, removed or changed between two notices.</summary>
public static class DiffCommand
{
    /// <param name="stdoutIsTerminal">Whether standard output is a terminal (colour is considered only then).</param>
    /// <param name="environment">Looks up NO_COLOR and TERM; the process environment by default.</param>
    public static Command Create(TextWriter stderr, Func<Stream> stdout, Func<bool> stdoutIsTerminal, Func<string, string?>? environment = null)
    {
        var console = new ConsoleInfo(stdoutIsTerminal, environment ?? Environment.GetEnvironmentVariable);
        var oldFile = new Argument<string>("old")
        {
            Description = "The earlier notice (.docx, .pdf, .html, .txt) or its 'extract' JSON output (.json).",
        };
        var newFile = new Argument<string>("new")
        {
            Description = "The later notice, in any of the same forms.",
        };
        var format = Choice.Create("--format", "-f", ["text", "markdown", "json"], "text",
            "Report format: text (readable, coloured on a terminal), markdown (for CI comments) or json (for scripts).");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file (atomically: the file appears complete or not at all). Default: standard output.",
            HelpName = "path",
        }.NotEmpty();
        var exitCode = new Option<bool>("--exit-code")
        {
            Description = "Exit with 1 when the task lists differ and 0 when they do not, like 'git diff --exit-code'.",
        };
        var threshold = new Option<double>("--threshold")
        {
            Description = "Text similarity (0–1, character bigrams) from which two tasks count as the same task, possibly reworded.",
            DefaultValueFactory = _ => DiffCalculator.DefaultThreshold,
            HelpName = "0.0-1.0",
        };
        threshold.CustomParser = result =>
        {
            // Parsed here rather than validated after: a validator that reads an unparsable value throws.
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and <= 1)
                return value;
            result.AddError($"--threshold must be a number greater than 0 and at most 1, not '{token}'");
            return default;
        };

        var command = new Command("diff", "Compare the task lists of two notices (say last year's and this year's): added, removed and changed tasks, and what changed for each unit.")
        {
            oldFile, newFile, format, output, exitCode, threshold,
        };
        command.SetAction(parse =>
        {
            var request = new Request(
                parse.GetValue(oldFile)!, parse.GetValue(newFile)!, Enum.Parse<DiffFormat>(parse.GetValue(format)!, ignoreCase: true), parse.GetValue(output),
                parse.GetValue(exitCode), parse.GetValue(threshold));
            return Run(request, stderr, stdout, console);
        });
        return command;
    }

    private sealed record Request(string OldPath, string NewPath, DiffFormat Format, string? OutputPath, bool ExitCode, double Threshold)
    {
        public bool ToStdout => OutputPath is null or "-";
    }

    private sealed record ConsoleInfo(Func<bool> StdoutIsTerminal, Func<string, string?> Environment);

    private static int Run(Request request, TextWriter stderr, Func<Stream> stdout, ConsoleInfo console)
    {
        try
        {
            return Compare(request, stderr, stdout, console);
        }
        catch (Exception e) when (request.ExitCode)
        {
            // With --exit-code, 1 means "the inputs differ": a bug must not look like that.
            stderr.WriteLine($"policyparse: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.DiffInternalError;
        }
    }

    private static int Compare(Request request, TextWriter stderr, Func<Stream> stdout, ConsoleInfo console)
    {
        // Comparing with an empty list would report every task as added or removed.
        if (CommandOutput.LoadWithTasks([request.OldPath, request.NewPath], "nothing to compare", stderr, out var exit) is not { } documents)
            return exit;

        var report = new DiffCalculator(request.Threshold).Compare(documents[0], request.OldPath, documents[1], request.NewPath);
        var colour = request.Format == DiffFormat.Text && request.ToStdout
            && Terminal.UseColour(console.StdoutIsTerminal(), console.Environment("NO_COLOR"), console.Environment("TERM"));
        var writer = DiffWriters.For(request.Format, colour ? new AnsiDiffStyle() : null);
        if (!CommandOutput.TryWrite(request.ToStdout ? null : request.OutputPath, stream => writer.Write(report, stream), stdout, stderr))
            return ExitCodes.OutputFailed;

        return request.ExitCode && report.HasDifferences ? ExitCodes.Differences : ExitCodes.Success;
    }
}
