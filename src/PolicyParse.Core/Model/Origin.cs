using System.Text.Json.Serialization;

namespace PolicyParse.Model;

/// <summary>Where a piece of text came from. Only the coordinates a format knows are set.</summary>
public sealed record Origin
{
    /// <summary>True for a task read from a responsibility note in the body rather than from a table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Inline { get; init; }

    /// <summary>1-based line in a text file.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Line { get; init; }

    /// <summary>1-based body paragraph (Word documents).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Paragraph { get; init; }

    /// <summary>1-based page, where the format has pages.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; init; }

    /// <summary>1-based table, row and cell, for text that came from a real table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Table { get; init; }

    /// <summary>1-based row of the table.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Row { get; init; }

    /// <summary>
    /// A PDF block's box on its page in PDF points, <c>[x, y, w, h]</c> with (x, y) the lower-left
    /// corner in the page's own coordinates (origin bottom-left, as PDF draws).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<double>? Box { get; init; }

    /// <summary>1-based cell of the row.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Cell { get; init; }

    /// <summary>A line of a text file.</summary>
    public static Origin AtLine(int line) => new() { Line = line };

    /// <summary>The position for a person: "line 12", "table 1, row 3", "inline, paragraph 40".</summary>
    public override string ToString() => (Inline == true ? "inline, " : "") + Where();

    private string Where() =>
        Line is { } l ? $"line {l}" :
        Table is { } t ? $"table {t}, row {Row}" + (Cell is { } c ? $", cell {c}" : "") + (Page is { } tp ? $", page {tp}" : "") :
        Paragraph is { } p ? $"paragraph {p}" :
        Page is { } pg ? $"page {pg}" : "unknown position";
}
