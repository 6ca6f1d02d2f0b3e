using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Reading;

namespace PolicyParse.Tables;

/// <summary>
/// Real tables from a reader (Word): the header row names the columns; repeated header rows are
/// skipped; a task table split over several tables (after a page break, or one per key task) is
/// stitched back together when the later tables have the same width.
/// </summary>
internal sealed class GridTableStrategy : ITableStrategy
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
                if (row.IsHeader || IsHeaderLike(texts)) continue; // a header repeated after a page break
                var mapped = RowMapper.Map(texts, columns, row.Origin);
                if (!RowMapper.IsEmpty(mapped)) rows.Add(mapped);
            }
        }
        return columns is null || rows.Count == 0 ? null : new TableCandidate(Name, columns, rows, start!, RowMapper.Score(rows));
    }

    /// <summary>
    /// The header row and its column meanings. A header of two rows (责任单位 spanning 牵头单位 and
    /// 配合单位 below it) is refined by the row under it; the last header row's index is returned.
    /// </summary>
    private static int FindHeader(TableBlock table, out List<TaskColumn> columns)
    {
        for (var r = 0; r < table.Rows.Count && r < HeaderSearchRows; r++)
        {
            columns = table.Rows[r].Cells.Select(c => ColumnHeader.Classify(c.Text)).ToList();
            if (!ColumnHeader.IsTaskTable(columns)) continue;
            while (r + 1 < table.Rows.Count && IsHeaderLike(table.Rows[r + 1].Cells.Select(c => c.Text).ToList()))
            {
                var sub = table.Rows[++r].Cells.Select(c => ColumnHeader.Classify(c.Text)).ToList();
                for (var i = 0; i < columns.Count && i < sub.Count; i++)
                    if (sub[i] != TaskColumn.Unknown) columns[i] = sub[i];
            }
            return r;
        }
        columns = [];
        return -1;
    }

    /// <summary>A row whose every filled cell is a column name: a header row, never a task.</summary>
    private static bool IsHeaderLike(IReadOnlyList<string> cells)
    {
        var filled = cells.Where(c => c.Trim().Length > 0).ToList();
        return filled.Count >= 2 && filled.All(c => ColumnHeader.Classify(c) != TaskColumn.Unknown);
    }

    private static int Width(TableBlock table) => table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Count);

    /// <summary>Paragraphs of a unit cell are separate units; paragraphs of other cells are one text.</summary>
    private static string CellText(TableCell cell, TaskColumn column) =>
        column is TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible
            ? string.Join("、", cell.Paragraphs)
            : string.Concat(cell.Paragraphs);
}
