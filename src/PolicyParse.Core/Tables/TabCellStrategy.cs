using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Tables;

/// <summary>
/// Tables copied as one cell per line, each line starting with a tab, rows separated by blank
/// lines (domain.md, case 1). Columns come from the header row's names.
/// </summary>
public sealed class TabCellStrategy : ITableStrategy
{
    public string Name => "tab-cells";

    public TableCandidate? TryReconstruct(IReadOnlyList<TextLine> lines)
    {
        var groups = CellGroups(lines);
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

            if (group.Cells.Count % width == 0)
            {
                for (var start = 0; start < group.Cells.Count; start += width)
                    rows.Add(Row(group.Cells.Skip(start).Take(width).ToList(), columns, []));
            }
            else
            {
                var warning = new FieldWarning("row", "row.cellCount",
                    $"this row has {group.Cells.Count} cells where the header has {width}; cells may be shifted");
                rows.Add(Row(group.Cells, columns, [warning]));
            }
        }
        rows.RemoveAll(r => r.Cells.Values.All(string.IsNullOrEmpty));
        if (rows.Count == 0) return null;

        var score = rows.Count(r => r.Warnings.Count == 0) / (double)rows.Count;
        return new TableCandidate(Name, columns, rows, header.Cells[0].Origin, score);
    }

    private static RawRow Row(IReadOnlyList<TextLine> cells, IReadOnlyList<TaskColumn> columns, IReadOnlyList<FieldWarning> warnings)
    {
        var map = new Dictionary<TaskColumn, string>();
        for (var i = 0; i < columns.Count && i < cells.Count; i++)
            if (columns[i] != TaskColumn.Unknown)
                map[columns[i]] = cells[i].Text;
        return new RawRow(map, cells[0].Origin, warnings);
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
            if (line.Kind != LineKind.Blank && !IsPageNumber(line.Text) && groups.Count > 0 && !groups[^1].EndsTable)
                groups.Add(new CellGroup([], true));
        }
        if (current is not null) groups.Add(new CellGroup(current, false));
        return groups;
    }

    /// <summary>Page furniture between table rows: "- 3 -", "3", "第3页".</summary>
    private static bool IsPageNumber(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^[-—－\s]*(第\s*)?\d{1,3}(\s*页)?(\s*/\s*\d{1,3})?[-—－\s]*$");
}
