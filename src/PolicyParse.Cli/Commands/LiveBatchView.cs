using PolicyParse.Batch;
using Spectre.Console;

namespace PolicyParse.Cli.Commands;

/// <summary>The batch view for a terminal: a live progress bar with counts and the current file, then failures and the summary.</summary>
internal sealed class LiveBatchView
{
    /// <summary>Failures listed after the bar; the manifest has them all.</summary>
    private const int ShownFailures = 20;

    private readonly Lock _lock = new();
    private readonly List<ManifestEntry> _failures = [];
    private readonly List<string> _notices = [];
    private int _ok, _warning, _failed, _skipped, _failuresNotShown;
    private string _current = "";

    public async Task<BatchSummary> RunAsync(BatchOptions options, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        BatchSummary? summary = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("scanning the folder…", maxValue: 1);
                var progress = new SyncProgress<BatchEvent>(e => Update(task, e));
                summary = await new BatchRunner(options, progress).RunAsync(cancellationToken);
                // The bar stays on screen: end it on "done" rather than the last file started.
                lock (_lock)
                {
                    _current = "done";
                    Describe(task);
                }
                task.Value = task.MaxValue;
            });

        foreach (var notice in _notices)
            console.MarkupLineInterpolated($"[yellow]note:[/] {notice}");
        foreach (var failure in _failures)
            console.MarkupLineInterpolated($"[red]FAILED[/]  {BatchConsole.Describe(failure, skipped: false)}");
        if (_failuresNotShown > 0)
            console.MarkupLineInterpolated($"[red]…and {_failuresNotShown} more failures[/]: see {summary!.ManifestPath}");
        BatchConsole.WriteSummary(console, summary!.Totals, summary.Processed, summary.Skipped, summary.Elapsed, summary.ManifestPath);
        return summary;
    }

    private void Update(ProgressTask task, BatchEvent e)
    {
        lock (_lock)
        {
            switch (e)
            {
                case BatchStarted started:
                    task.MaxValue = Math.Max(1, started.Inputs);
                    break;
                case InputStarted started:
                    _current = started.Input;
                    break;
                case InputFinished done:
                    Count(done);
                    task.MaxValue = Math.Max(task.MaxValue, done.Total);
                    task.Value = done.Done;
                    break;
                case BatchNotice notice:
                    _notices.Add(notice.Message); // shown after the bar, which owns the screen until then
                    return;
                default:
                    return;
            }
            Describe(task);
        }
    }

    private void Describe(ProgressTask task) =>
        task.Description = Markup.Escape($"{(int)task.Value}/{(int)task.MaxValue}  ok {_ok} · warning {_warning} · failed {_failed} · skipped {_skipped}  {Shorten(_current)}");

    private void Count(InputFinished done)
    {
        if (done.Skipped) _skipped++;
        switch (done.Entry.Status)
        {
            case EntryStatus.Ok: _ok++; break;
            case EntryStatus.Warning: _warning++; break;
            default:
                _failed++;
                if (_failures.Count < ShownFailures) _failures.Add(done.Entry); else _failuresNotShown++;
                break;
        }
    }

    private static string Shorten(string path) => path.Length <= 48 ? path : "…" + path[^47..];
}
