using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables;

/// <summary>
/// Tables copied as one cell per line, each line starting with a tab, rows separated by blank
/// lines (docs/domain.md#tab-cells). Columns come from the header row's names.
/// </summary>
internal sealed class TabCellStrategy : ITableStrategy
{
    public string Name => "tab-cells";

    public TableCandidate? TryReconstruct(TableContext context)
    {
        var groups = CellGroups(context.Lines);
        var headerIndex = groups.FindIndex(g => ColumnHeader.IsTaskTable(Columns(g)));
        if (headerIndex < 0) return null;

        var header = groups[headerIndex];
        var columns = Columns(header);
        var width = columns.Count;
        var rows = new List<RawRow>();
        for (var g = headerIndex + 1; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.EndsTable) break;
            if (Columns(group).SequenceEqual(columns)) continue; // header repeated after a page break

            // Rows are separated by blank lines; without them, a run of cells is cut by the header's width.
            var chunk = group.Cells.Count % width == 0 ? width : group.Cells.Count;
            for (var start = 0; start < group.Cells.Count; start += chunk)
            {
                var cells = group.Cells.Skip(start).Take(chunk).ToList();
                rows.Add(RowMapper.Map(cells.Select(c => c.Text).ToList(), columns, cells[0].Origin));
            }
        }
        rows.RemoveAll(RowMapper.IsEmpty);
        return rows.Count == 0 ? null : new TableCandidate(Name, columns, rows, header.Cells[0].Origin, RowMapper.Score(rows));
    }

    private static List<TaskColumn> Columns(CellGroup group) =>
        group.Cells.Select(c => ColumnHeader.Classify(c.Text)).ToList();

    /// <summary>A run of consecutive tab-cell lines; <see cref="EndsTable"/> marks ordinary text after the table.</summary>
    private sealed record CellGroup(List<TextLine> Cells, bool EndsTable);

    private static List<CellGroup> CellGroups(IReadOnlyList<TextLine> lines)
    {
        var groups = new List<CellGroup>();
        List<TextLine>? current = null;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.TabCell)
            {
                (current ??= []).Add(line);
                continue;
            }
            if (current is not null) { groups.Add(new CellGroup(current, false)); current = null; }
            if (line.Kind != LineKind.Blank && !PageFurniture.IsPageNumber(line.Text) && groups.Count > 0 && !groups[^1].EndsTable)
                groups.Add(new CellGroup([], true));
        }
        if (current is not null) groups.Add(new CellGroup(current, false));
        return groups;
    }
}
