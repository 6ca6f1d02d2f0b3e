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

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Row { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Cell { get; init; }

    public static Origin AtLine(int line) => new() { Line = line };

    public override string ToString() => (Inline == true ? "inline, " : "") + Where();

    private string Where() =>
        Line is { } l ? $"line {l}" :
        Table is { } t ? $"table {t}, row {Row}" + (Cell is { } c ? $", cell {c}" : "") :
        Paragraph is { } p ? $"paragraph {p}" :
        Page is { } pg ? $"page {pg}" : "unknown position";
}
