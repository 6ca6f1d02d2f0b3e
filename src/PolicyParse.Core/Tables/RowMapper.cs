using PolicyParse.Lexicon;
using PolicyParse.Model;

namespace PolicyParse.Tables;

/// <summary>Maps a row's cells to columns by the header's column meanings.</summary>
internal static class RowMapper
{
    /// <summary>Maps cells; a row whose width differs from the header's keeps a warning that cells may be shifted.</summary>
    public static RawRow Map(IReadOnlyList<string> cells, IReadOnlyList<TaskColumn> columns, Origin origin)
    {
        var map = new Dictionary<TaskColumn, string>();
        for (var i = 0; i < columns.Count && i < cells.Count; i++)
        {
            if (columns[i] == TaskColumn.Unknown) continue;
            var value = CjkText.NormalizeSpacing(cells[i]);
            // Two columns of one meaning (a 责任单位 header spanning two columns): keep both cells'
            // content; a cell widened over both by a span holds the same text twice.
            if (map.TryGetValue(columns[i], out var earlier) && earlier.Length > 0 && value != earlier)
                value = value.Length == 0 ? earlier : earlier + (IsUnitColumn(columns[i]) ? "、" : "") + value;
            map[columns[i]] = value;
        }
        IReadOnlyList<FieldWarning> warnings = cells.Count == columns.Count ? [] :
        [
            new FieldWarning("row", "row.cellCount", $"this row has {cells.Count} cells where the header has {columns.Count}; cells may be shifted"),
        ];
        return new RawRow(map, origin, warnings);
    }

    private static bool IsUnitColumn(TaskColumn column) => column is TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible;

    public static bool IsEmpty(RawRow row) => row.Cells.Values.All(string.IsNullOrEmpty);

    /// <summary>Share of rows that needed no warning: how well a layout fits.</summary>
    public static double Score(IReadOnlyList<RawRow> rows) =>
        rows.Count == 0 ? 0 : rows.Count(r => r.Warnings.Count == 0) / (double)rows.Count;
}
