namespace PolicyParse;

/// <summary>
/// What the parser reads and the thresholds it decides by. Every threshold has a default that
/// holds across producers; change one only with a measurement over many files behind it.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: every format, every table layout.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The input formats to accept, by their <c>source.format</c> name (<c>txt</c>, <c>docx</c>, …);
    /// null accepts every format this version reads.
    /// </summary>
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>
    /// The broken-table layouts to try, by the name <c>table.strategy</c> reports (<c>grid</c>,
    /// <c>tab-cells</c>, <c>pdf-column-dump</c>, <c>pdftotext-layout</c>, …); null tries them all.
    /// </summary>
    public IReadOnlyList<string>? TableLayouts { get; init; }

    /// <summary>Larger inputs are refused: notices are far smaller, and the bound caps memory and time.</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The share of a table row's 3-grams that must appear in a section's body for the row to be
    /// taken as restating that section (its key task) when a rebuilt table lost its labels.
    /// </summary>
    public double KeyTaskCoverage { get; init; } = 0.5;

    /// <summary>
    /// Body coverage below this is shared stock phrasing, not evidence of a key task; it must be
    /// below <see cref="KeyTaskCoverage"/>.
    /// </summary>
    public double KeyTaskNoise { get; init; } = 0.3;
}
