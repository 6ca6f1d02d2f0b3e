using PolicyParse.Model;

namespace PolicyParse.Tables.ColumnDump;

/// <summary>A table row being rebuilt from a dump: its text lines and what an interleaved printing already fixed.</summary>
internal sealed class DumpRow(Origin origin, InterleavedRow? printed = null)
{
    public Origin Origin { get; } = origin;
    public List<string> TextParts { get; } = [];
    public InterleavedRow? Printed { get; set; } = printed;
    public string Text => Printed is { Text.Length: > 0 } p ? p.Text : string.Concat(TextParts);
    public Section? KeyTask { get; set; }
    public bool KeyTaskCertain { get; set; } = true;
    public string? Lead { get; set; }
    public string? Support { get; set; }
    public string? Deadline { get; set; }
    public List<FieldWarning> Warnings { get; } = [];
}

/// <summary>
/// One page of a dump: its rows (from the 具体工作 column, in order), then the unit column runs (the
/// page's 牵头单位 cells, then its 配合单位 cells, with interleaved rows that carry no text standing
/// in for their row), then the 完成时限 cells.
/// </summary>
internal sealed class DumpPage
{
    public List<DumpRow> Rows { get; } = [];
    public List<DumpItem> UnitItems { get; } = [];
    public List<string> Deadlines { get; } = [];

    public bool IsEmpty => Rows.Count == 0 && UnitItems.Count == 0 && Deadlines.Count == 0;
}
