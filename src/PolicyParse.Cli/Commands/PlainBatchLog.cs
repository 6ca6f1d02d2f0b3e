using PolicyParse.Batch;

namespace PolicyParse.Cli.Commands;

/// <summary>The batch view for CI and redirected output: one line per input, in input order, then the summary.</summary>
internal sealed class PlainBatchLog(TextWriter output)
{
    public async Task<BatchSummary> RunAsync(BatchOptions options, CancellationToken cancellationToken)
    {
        var progress = new SyncProgress<BatchEvent>(Write);
        var summary = await new BatchRunner(options, progress).RunAsync(cancellationToken);
        output.WriteLine();
        BatchConsole.WriteSummary(BatchConsole.Create(output, interactive: false),
            summary.Totals, summary.Processed, summary.Skipped, summary.Elapsed, summary.ManifestPath);
        output.Flush();
        return summary;
    }

    private void Write(BatchEvent e)
    {
        switch (e)
        {
            case BatchStarted started:
                output.WriteLine($"policyparse batch: {started.Inputs} inputs");
                break;
            case BatchNotice notice:
                output.WriteLine($"note: {notice.Message}");
                break;
            case InputFinished done:
                // Width of the total keeps the columns aligned.
                var width = done.Total.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
                output.WriteLine($"[{done.Done.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)}/{done.Total}] {BatchConsole.StatusWord(done.Entry, done.Skipped),-7} {BatchConsole.Describe(done.Entry, done.Skipped)}");
                break;
        }
    }
}
