using System.Diagnostics;
using System.Threading.Channels;
using PolicyParse.Serialization;

namespace PolicyParse.Batch;

/// <summary>
/// Converts a folder of notices: inputs stream from <see cref="InputEnumerator"/>, up to
/// <see cref="BatchOptions.Jobs"/> convert at once, and results are consumed in input order through
/// a bounded channel, so the manifest is written as it goes, is sorted whatever the scheduling, and
/// memory stays bounded by the number of jobs rather than the number of inputs.
/// </summary>
public sealed class BatchRunner(BatchOptions options, IProgress<BatchEvent>? progress = null, ParserOptions? parserOptions = null)
{
    private readonly ParserOptions _parserOptions = parserOptions ?? ParserOptions.Default;

    /// <exception cref="DirectoryNotFoundException">The input folder does not exist.</exception>
    /// <exception cref="IOException">The manifest could not be written.</exception>
    public async Task<BatchSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(options.InputDirectory))
            throw new DirectoryNotFoundException($"{options.InputDirectory}: no such folder");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Jobs, 1, nameof(options.Jobs));
        ArgumentOutOfRangeException.ThrowIfZero(options.Formats.Count, nameof(options.Formats));

        var clock = Stopwatch.StartNew();
        var toolVersion = ToolVersion.Current;
        var enumerator = new InputEnumerator(options.InputDirectory, options.Include, options.Exclude, skipDirectory: options.OutputDirectory);
        IEnumerable<BatchInput> Selected() => enumerator.Enumerate().Where(i => options.Shard?.Contains(i.RelativePath) ?? true);

        // A second cheap walk gives the progress bar its total without keeping the list.
        var total = Selected().Count();
        progress?.Report(new BatchStarted(total));

        var writers = options.Formats.Distinct().Select(f => NoticeWriters.For(f)).ToList();
        // Outputs are flushed to disk together before the manifest that lists them, where the OS
        // allows (one call instead of an fsync per file, which left the cores waiting on the disk).
        var flushTogether = FileSystemSync.IsAvailable;
        var converter = new InputConverter(options, _parserOptions, writers, options.Incremental ? LoadPrevious() : null, toolVersion, flushEachOutput: !flushTogether);
        string? anyOutput = null;

        using var manifest = ManifestWriter.Begin(options.EffectiveManifestPath, toolVersion);
        // Bounded: at most Jobs inputs converting and a few dozen finished results (manifest entries,
        // small) waiting for their turn. The room lets the cores go on past one slow input instead of
        // idling until it ends (a column-dump text costs six times a plain one).
        var pending = Channel.CreateBounded<Task<ConversionResult>>(
            new BoundedChannelOptions(options.Jobs * 16) { SingleReader = true, SingleWriter = true });
        using var slots = new SemaphoreSlim(options.Jobs);
        // Stops the producer when the caller cancels or when collecting results fails: otherwise it
        // could wait forever to hand over a result nobody reads.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(Selected(), converter, slots, pending.Writer, stop.Token), CancellationToken.None);

        int done = 0, processed = 0, skipped = 0;
        try
        {
            await foreach (var conversion in pending.Reader.ReadAllAsync(cancellationToken))
            {
                var result = await conversion;
                manifest.Add(result.Entry);
                if (!result.Skipped && result.Entry.Status != EntryStatus.Failed && result.Entry.Outputs.Count > 0)
                    anyOutput ??= Path.Combine(options.OutputDirectory, result.Entry.Outputs[0]);
                if (result.Skipped) skipped++; else processed++;
                progress?.Report(new InputFinished(++done, Math.Max(total, done), result.Entry, result.Skipped));
            }
            await producer;
        }
        finally
        {
            // On cancellation or a fault, let conversions already started finish before returning,
            // so none writes after the caller thinks the run is over. (After a normal end the
            // producer is done and this is a no-op.)
            await stop.CancelAsync();
            await DrainAsync(producer, pending.Reader);
        }

        if (flushTogether && anyOutput is not null && !FileSystemSync.TrySync(anyOutput))
            progress?.Report(new BatchNotice($"{options.OutputDirectory}: the outputs could not be flushed to disk; they are written, but a power cut now could lose them"));
        var totals = manifest.Commit();
        return new BatchSummary(totals, processed, skipped, clock.Elapsed, options.EffectiveManifestPath);
    }

    private async Task ProduceAsync(
        IEnumerable<BatchInput> inputs, InputConverter converter, SemaphoreSlim slots,
        ChannelWriter<Task<ConversionResult>> pending, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var input in inputs)
            {
                await slots.WaitAsync(cancellationToken);
                var conversion = Task.Run(() =>
                {
                    try
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        progress?.Report(new InputStarted(input.RelativePath));
                        return converter.Convert(input);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None);
                try
                {
                    await pending.WriteAsync(conversion, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Not in the channel, so the drain would not see it: wait for it here.
                    try { await conversion; } catch (Exception) { /* cancelled anyway */ }
                    throw;
                }
            }
            pending.Complete();
        }
        catch (Exception e)
        {
            pending.Complete(e);
        }
    }

    private static async Task DrainAsync(Task producer, ChannelReader<Task<ConversionResult>> pending)
    {
        try { await producer; } catch (Exception) { /* reported through the channel */ }
        while (pending.TryRead(out var conversion))
        {
            try { await conversion; } catch (Exception) { /* the run is already failing */ }
        }
    }

    private Dictionary<string, ManifestEntry>? LoadPrevious()
    {
        var path = options.EffectiveManifestPath;
        if (!File.Exists(path))
            return null;
        try
        {
            // A hand-merged manifest may list an input twice: the later entry wins, as in --merge-manifests.
            var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
            foreach (var entry in Manifest.Read(path).Entries) entries[entry.Input] = entry;
            return entries;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            progress?.Report(new BatchNotice($"{path}: previous manifest ignored, converting every input: {e.Message}"));
            return null;
        }
    }
}
