using PolicyParse.Model;
using PolicyParse.Reading;

namespace PolicyParse.Tables;

/// <summary>
/// Real tables from a reader (Word): the header row names the columns; repeated header rows are
/// skipped; a task table split over several tables (after a page break, or one per key task) is
/// stitched back together when the later tables have the same width.
/// </summary>
public sealed class GridTableStrategy : ITableStrategy
{
    public string Name => "grid";

    /// <summary>The header is looked for in the first rows only: above it a title row may span the table.</summary>
    private const int HeaderSearchRows = 3;

    public TableCandidate? TryReconstruct(TableContext context)
    {
        List<TaskColumn>? columns = null;
        Origin? start = null;
        var rows = new List<RawRow>();
        foreach (var table in context.Tables)
        {
            var headerRow = FindHeader(table, out var found);
            if (columns is null)
            {
                if (headerRow < 0) continue;
                (columns, start) = (found, table.Rows[headerRow].Origin);
            }
            else if (headerRow < 0 && Width(table) != columns.Count)
            {
                continue; // another table of another shape: not a continuation of the task table
            }

            for (var r = Math.Max(headerRow + 1, 0); r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var texts = row.Cells.Select((c, i) => CellText(c, i < columns.Count ? columns[i] : TaskColumn.Unknown)).ToList();
                if (row.IsHeader || texts.Select(ColumnHeader.Classify).SequenceEqual(columns)) continue;
                var mapped = RowMapper.Map(texts, columns, row.Origin);
                if (!RowMapper.IsEmpty(mapped)) rows.Add(mapped);
            }
        }
        return columns is null || rows.Count == 0 ? null : new TableCandidate(Name, columns, rows, start!, RowMapper.Score(rows));
    }

    private static int FindHeader(TableBlock table, out List<TaskColumn> columns)
    {
        for (var r = 0; r < table.Rows.Count && r < HeaderSearchRows; r++)
        {
            columns = table.Rows[r].Cells.Select(c => ColumnHeader.Classify(c.Text)).ToList();
            if (ColumnHeader.IsTaskTable(columns)) return r;
        }
        columns = [];
        return -1;
    }

    private static int Width(TableBlock table) => table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Count);

    /// <summary>Paragraphs of a unit cell are separate units; paragraphs of other cells are one text.</summary>
    private static string CellText(TableCell cell, TaskColumn column) =>
        column is TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible
            ? string.Join("、", cell.Paragraphs)
            : string.Concat(cell.Paragraphs);
}
