using System.Security.Cryptography;
using PolicyParse.Model;
using PolicyParse.Serialization;

namespace PolicyParse.Batch;

/// <summary>The manifest entry for one input, and whether the input was skipped as unchanged.</summary>
internal sealed record ConversionResult(ManifestEntry Entry, bool Skipped);

/// <summary>
/// Converts one input to every requested format. Never throws for a bad input: the failure becomes
/// the entry. Either all outputs of an input are published or none: each is rendered to a temporary
/// file and the renames happen only once all rendered. With <paramref name="flushEachOutput"/> false
/// the files are not flushed to disk one by one: the caller flushes them all at the end.
/// </summary>
internal sealed class InputConverter(
    BatchOptions options,
    ParserOptions parserOptions,
    IReadOnlyList<INoticeWriter> writers,
    IReadOnlyDictionary<string, ManifestEntry>? previous,
    string toolVersion,
    bool flushEachOutput)
{
    private readonly string _outputRoot = Path.GetFullPath(options.OutputDirectory);
    private readonly string _manifestPath = options.EffectiveManifestPath;

    public ConversionResult Convert(BatchInput input)
    {
        var outputs = writers.Select(w => OutputPath(input, w.Extension)).ToList();
        if (input.Rejection is { } rejection)
            return Failed(input, null, rejection);
        if (outputs.Any(o => string.Equals(FullOutputPath(o), _manifestPath, StringComparison.OrdinalIgnoreCase)))
            return Failed(input, null, "its output would overwrite the manifest; rename it or use --manifest");

        // The parser hashes the bytes it reads; a separate read and hash is needed only to compare
        // with the previous manifest before parsing, or for an input that fails.
        var sha256 = previous is null ? null : TryHash(input.FullPath);
        if (previous is not null && previous.TryGetValue(input.RelativePath, out var before) && IsUpToDate(before, sha256, outputs))
            return new ConversionResult(before, Skipped: true);

        try
        {
            return Convert(input, sha256, outputs);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser bug on one notice must not stop the other thousands.
            return Failed(input, sha256 ?? TryHash(input.FullPath), $"internal error: {e.GetType().Name}: {e.Message}", outputs);
        }
    }

    private ConversionResult Convert(BatchInput input, string? sha256, List<string> outputs)
    {
        var result = PolicyParser.ParseFile(input.FullPath, parserOptions);
        if (result.Failure is { } failure)
            return Failed(input, sha256 ?? TryHash(input.FullPath), failure.Message, outputs);

        // The relative path keeps outputs identical whichever folder or CI runner converted them.
        var document = result.Document! with { Source = result.Document.Source with { Path = input.RelativePath } };

        var pending = new List<PendingFile>(writers.Count);
        try
        {
            for (var i = 0; i < writers.Count; i++)
            {
                var file = AtomicFile.Begin(FullOutputPath(outputs[i]));
                pending.Add(file);
                writers[i].Write(document, file.Stream);
            }
            foreach (var file in pending) file.Commit(flushEachOutput);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(input, document.Source.Sha256, $"cannot write output: {e.Message}", outputs);
        }
        finally
        {
            foreach (var file in pending) file.Dispose();
        }

        return new ConversionResult(Describe(input, document, outputs), Skipped: false);
    }

    private ManifestEntry Describe(BatchInput input, NoticeDocument document, List<string> outputs)
    {
        var warnings = document.Tasks.Sum(t => t.Warnings.Count)
            + document.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var errors = document.Diagnostics.Count(d => d.Severity == Severity.Error);
        string? message = null;
        if (document.Tasks.Count == 0)
            message = document.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? "no tasks were found";
        return new ManifestEntry
        {
            Input = input.RelativePath,
            Status = document.Tasks.Count == 0 || warnings > 0 || errors > 0 ? EntryStatus.Warning : EntryStatus.Ok,
            Sha256 = document.Source.Sha256,
            Format = document.Source.Format,
            ToolVersion = toolVersion,
            Tasks = document.Tasks.Count,
            Warnings = warnings,
            Errors = errors,
            Outputs = outputs,
            Message = message,
        };
    }

    /// <param name="staleOutputs">
    /// Outputs an earlier run may have written for this input; they would contradict the manifest, so
    /// they are removed. Not given for rejected inputs, whose output names belong to another input.
    /// </param>
    private ConversionResult Failed(BatchInput input, string? sha256, string message, List<string>? staleOutputs = null)
    {
        foreach (var output in staleOutputs ?? [])
        {
            try { File.Delete(FullOutputPath(output)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        var extension = Path.GetExtension(input.RelativePath).TrimStart('.').ToLowerInvariant();
        return new ConversionResult(new ManifestEntry
        {
            Input = input.RelativePath,
            Status = EntryStatus.Failed,
            Sha256 = sha256,
            Format = extension.Length > 0 ? extension : null,
            ToolVersion = toolVersion,
            Errors = 1,
            Message = message.ReplaceLineEndings(" "),
        }, Skipped: false);
    }

    /// <summary>Failed inputs are always retried: their cause may have been the output side.</summary>
    private bool IsUpToDate(ManifestEntry before, string? sha256, List<string> outputs) =>
        sha256 is not null
        && before.Status != EntryStatus.Failed
        && before.Sha256 == sha256
        && before.ToolVersion == toolVersion
        && before.Outputs.SequenceEqual(outputs, StringComparer.Ordinal)
        && outputs.All(o => File.Exists(FullOutputPath(o)));

    private string? TryHash(string path)
    {
        try
        {
            if (new FileInfo(path).Length > parserOptions.MaxInputBytes) return null;
            using var stream = File.OpenRead(path);
            return System.Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary><c>dir/notice.txt</c> → <c>dir/notice.json</c> (or the enumerator's <c>dir/notice.txt.json</c> on a clash), relative to the output folder.</summary>
    private static string OutputPath(BatchInput input, string extension)
    {
        if (input.OutputStem is { } stem) return stem + extension;
        var relativeInput = input.RelativePath;
        var slash = relativeInput.LastIndexOf('/');
        var directory = slash < 0 ? "" : relativeInput[..(slash + 1)];
        return directory + Path.GetFileNameWithoutExtension(relativeInput[(slash + 1)..]) + extension;
    }

    private string FullOutputPath(string relativeOutput) => Path.Combine(_outputRoot, relativeOutput.Replace('/', Path.DirectorySeparatorChar));
}
