using System.Globalization;
using PolicyParse.Batch;
using Spectre.Console;

namespace PolicyParse.Cli.Commands;

/// <summary>What the batch views share: terminal detection and the closing summary table.</summary>
internal static class BatchConsole
{
    /// <summary>
    /// A live progress bar only for a person at a terminal: not when either output stream is
    /// redirected, and not in CI (GitHub Actions, GitLab and most others set CI=true), where a plain
    /// log reads better.
    /// </summary>
    public static bool Interactive =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && !IsCi(Environment.GetEnvironmentVariable("CI"));

    public static bool IsCi(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) && value.Trim() != "0";

    /// <summary>A console for <paramref name="writer"/>: colours on a terminal, plain ASCII otherwise.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        // Redirected output has no width; keep long paths on one line in logs.
        if (!interactive) console.Profile.Width = 160;
        return console;
    }

    public static void WriteSummary(IAnsiConsole console, ManifestTotals totals, int? processed, int? skipped, TimeSpan? elapsed, string manifestPath)
    {
        var plain = !console.Profile.Capabilities.Ansi;
        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded, ShowHeaders = false };
        table.AddColumn("what");
        table.AddColumn("count");
        var files = skipped is not > 0 ? Count(totals.Files) : $"{Count(totals.Files)} ({Count(skipped.Value)} skipped as unchanged)";
        Row(table, "files", files);
        Row(table, "ok", Count(totals.Ok));
        Row(table, "with warnings", Count(totals.Warning), totals.Warning > 0 ? "yellow" : null);
        Row(table, "failed", Count(totals.Failed), totals.Failed > 0 ? "red" : null);
        Row(table, "tasks", Count(totals.Tasks));
        Row(table, "warnings", Count(totals.Warnings));
        Row(table, "errors", Count(totals.Errors));
        if (elapsed is { } time)
        {
            var rate = processed is > 0 && time.TotalSeconds > 0 ? $" ({(processed.Value / time.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture)} notices/s)" : "";
            Row(table, "time", time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" + rate);
        }
        Row(table, "manifest", manifestPath);
        console.Write(table);
    }

    /// <summary>One line describing a finished input, for the log and the list of failures.</summary>
    public static string Describe(ManifestEntry entry, bool skipped)
    {
        var counts = $"{Plural(entry.Tasks, "task")}, {Plural(entry.Warnings, "warning")}" + (entry.Errors > 0 ? $", {Plural(entry.Errors, "error")}" : "");
        return (entry.Status, skipped) switch
        {
            (_, true) => $"{entry.Input}: unchanged ({counts})",
            (EntryStatus.Failed, _) => $"{entry.Input}: {entry.Message}",
            _ => $"{entry.Input}: {counts}" + (entry.Message is null ? "" : $"; {entry.Message}"),
        };
    }

    public static string StatusWord(ManifestEntry entry, bool skipped) => skipped ? "skipped" : entry.Status switch
    {
        EntryStatus.Ok => "ok",
        EntryStatus.Warning => "warning",
        _ => "FAILED",
    };

    private static void Row(Table table, string what, string value, string? colour = null) =>
        table.AddRow(new Spectre.Console.Text(what), colour is null ? new Spectre.Console.Text(value) : new Spectre.Console.Text(value, new Style(Color.FromConsoleColor(colour == "red" ? ConsoleColor.Red : ConsoleColor.Yellow))));

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";
}

/// <summary>
/// Calls the handler on the reporting thread. <see cref="Progress{T}"/> would post to the thread
/// pool and could reorder the log lines that <see cref="BatchRunner"/> reports in input order.
/// </summary>
internal sealed class SyncProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
