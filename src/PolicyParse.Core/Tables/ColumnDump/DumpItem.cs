using PolicyParse.Model;

namespace PolicyParse.Tables.ColumnDump;

/// <summary>What a piece of a column-dump line is.</summary>
internal enum DumpItemKind
{
    /// <summary>A key-task label (四、规范实施…), possibly cut short by the label column's wrapping.</summary>
    Label,
    /// <summary>The end of a key-task title whose label wrapped onto a later line.</summary>
    TitleFragment,
    /// <summary>A 具体工作 cell or part of one.</summary>
    Text,
    /// <summary>A complete unit list: one 牵头单位 or 配合单位 cell.</summary>
    Units,
    /// <summary>Part of a unit cell cut by wrapping (涪陵区、九龙坡 … 府).</summary>
    UnitFragment,
    /// <summary>The start of a unit cell glued to the last text line; its end was lost. Counts as one cell.</summary>
    PartialUnits,
    /// <summary>——: an empty cell.</summary>
    Empty,
    Deadline,
    /// <summary>A row the extractor printed line-interleaved, parsed as a whole.</summary>
    Row,
}

internal sealed record DumpItem(DumpItemKind Kind, string Text, Origin Origin, InterleavedRow? Row = null, Section? Section = null);

/// <summary>
/// A row whose wrapped cells were printed side by side (text 市级有关部门， 持续推 / —— / text 各区县政府 进).
/// Null cells were not in the interleaved lines and come from the column runs like any other row's.
/// </summary>
internal sealed record InterleavedRow(string Text, string? Lead, string? Support, string? Deadline, IReadOnlyList<FieldWarning> Warnings);
