using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables;

/// <summary>
/// Tables typed as one row per line with tabs between cells (a Word table typed with the Tab key,
/// or a TSV copy). An empty first cell continues the key task above.
/// </summary>
internal sealed class TabSeparatedRowStrategy : ITableStrategy
{
    public string Name => "tab-separated-rows";

    public TableCandidate? TryReconstruct(TableContext context)
    {
        var lines = context.Lines;
        var headerIndex = -1;
        List<TaskColumn> columns = [];
        for (var i = 0; i < lines.Count && headerIndex < 0; i++)
        {
            if (!lines[i].Raw.Contains('\t')) continue;
            columns = Cells(lines[i]).Select(ColumnHeader.Classify).ToList();
            if (columns.Count >= 3 && ColumnHeader.IsTaskTable(columns)) headerIndex = i;
        }
        if (headerIndex < 0) return null;

        var rows = new List<RawRow>();
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || PageFurniture.IsPageNumber(line.Text)) continue;
            if (!line.Raw.Contains('\t')) break;
            var cells = Cells(line);
            if (cells.Select(ColumnHeader.Classify).SequenceEqual(columns)) continue; // repeated header
            rows.Add(RowMapper.Map(cells, columns, line.Origin));
        }
        rows.RemoveAll(RowMapper.IsEmpty);
        return rows.Count == 0 ? null : new TableCandidate(Name, columns, rows, lines[headerIndex].Origin, RowMapper.Score(rows));
    }

    private static List<string> Cells(TextLine line) => line.Raw.TrimEnd().Split('\t').ToList();
}
