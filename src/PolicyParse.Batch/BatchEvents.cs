namespace PolicyParse.Batch;

/// <summary>Progress of a batch run, reported through <see cref="IProgress{T}"/>; small records, no console.</summary>
public abstract record BatchEvent;

/// <summary>The inputs are counted (after globbing and sharding); conversion starts.</summary>
public sealed record BatchStarted(int Inputs) : BatchEvent;

/// <summary>Something about the run as a whole, e.g. an unreadable previous manifest.</summary>
public sealed record BatchNotice(string Message) : BatchEvent;

/// <summary>A worker began this input. Reported from worker threads, in no particular order.</summary>
public sealed record InputStarted(string Input) : BatchEvent;

/// <summary>
/// An input is done. Reported from one thread, in input order (so a log is the same whatever the
/// scheduling); <paramref name="Done"/> counts from 1.
/// </summary>
public sealed record InputFinished(int Done, int Total, ManifestEntry Entry, bool Skipped) : BatchEvent;

/// <summary>What a run did: the manifest's totals plus what only the run knows. <paramref name="Processed"/>: inputs read this time (converted or failed); <paramref name="Skipped"/>: unchanged, taken from the previous manifest.</summary>
public sealed record BatchSummary(ManifestTotals Totals, int Processed, int Skipped, TimeSpan Elapsed, string ManifestPath);
