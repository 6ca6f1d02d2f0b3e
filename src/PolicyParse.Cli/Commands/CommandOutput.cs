using PolicyParse.Model;
using PolicyParse.Serialization;

namespace PolicyParse.Cli.Commands;

/// <summary>What extract and diff share: writing a result to a file or stdout, and the one-line notes about a notice.</summary>
public static class CommandOutput
{
    /// <summary>
    /// Writes to <paramref name="path"/> atomically, or to stdout when it is null or "-", rendered in
    /// full first so a failure never leaves half a document anywhere. Returns false after telling why.
    /// </summary>
    public static bool TryWrite(string? path, Action<Stream> render, Func<Stream> stdout, TextWriter stderr)
    {
        try
        {
            if (path is null or "-")
            {
                using var buffer = new MemoryStream();
                render(buffer);
                using var output = stdout();
                buffer.Position = 0;
                buffer.CopyTo(output);
            }
            else
            {
                AtomicFile.Write(path, render);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"policyparse: {(path is null or "-" ? "<stdout>" : path)}: cannot write output: {e.Message}");
            return false;
        }
    }

    /// <summary>Why a notice has no tasks: its error diagnostic, else a generic reason.</summary>
    public static string NoTasksReason(NoticeDocument document) =>
        document.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? "no tasks were found";

    /// <summary>Says how many tasks carry warnings, if any do.</summary>
    public static void ReportWarnings(string path, NoticeDocument document, TextWriter stderr)
    {
        var warned = document.Tasks.Count(t => t.Warnings.Count > 0);
        if (warned > 0)
            stderr.WriteLine($"policyparse: {path}: {warned} of {document.Tasks.Count} tasks carry warnings on uncertain fields");
    }

    /// <summary>
    /// Loads notices (or extract JSON) that must each have tasks, reporting warnings as it goes.
    /// Returns null after telling why one could not serve, with the exit code to use.
    /// </summary>
    /// <param name="purpose">What the tasks are needed for, in the message: "nothing to compare", "no units to list".</param>
    public static List<NoticeDocument>? LoadWithTasks(IEnumerable<string> paths, string purpose, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Success;
        var documents = new List<NoticeDocument>();
        foreach (var path in paths)
        {
            var result = PolicyParser.Load(path);
            if (result.Failure is { } failure)
            {
                stderr.WriteLine($"policyparse: {path}: {failure.Message}");
                exitCode = ExitCodes.For(failure.Kind);
                return null;
            }
            var document = result.Document!;
            if (document.Tasks.Count == 0)
            {
                stderr.WriteLine($"policyparse: {path}: {purpose}: {NoTasksReason(document)}");
                exitCode = ExitCodes.NoTaskTable;
                return null;
            }
            ReportWarnings(path, document, stderr);
            documents.Add(document);
        }
        return documents;
    }
}
