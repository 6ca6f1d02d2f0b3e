using PolicyParse.Model;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// One table drawn over several pages, put back together: a table that opens a page continues
/// the table that closed the page before when it has the same columns; its repeated header rows
/// are marked; a merged cell cut by the break goes on; a row cut by the break is joined.
/// </summary>
internal sealed class StitchedTable
{
    private readonly List<GridCell[]> _rows = [];
    private readonly List<(int Page, double PageHeight, double Left, double Top, double Right, double Bottom)> _boxes = [];
    private readonly HashSet<int> _mergedColumns = [];
    private readonly double[] _xs;
    private int _headerRows;
    private PageTable _last;

    public StitchedTable(PageTable first)
    {
        _xs = first.Xs;
        _last = first;
        Append(first, 0);
    }

    public int FirstPage => _boxes[0].Page;

    /// <summary>Whether a table at the top of the next page continues this one.</summary>
    public bool IsContinuedBy(PageTable next)
    {
        if (next.Page != _last.Page + 1 || next.Columns != _xs.Length - 1) return false;
        var tolerance = 2 * Math.Max(next.Tolerance, _last.Tolerance);
        return next.Xs.Zip(_xs).All(p => Math.Abs(p.First - p.Second) <= tolerance) || RepeatedHeaderRows(next) > 0;
    }

    public void Continue(PageTable next)
    {
        var skip = RepeatedHeaderRows(next);
        _headerRows = Math.Max(_headerRows, skip);
        var rows = next.Slots;
        foreach (var c in next.Cells.Where(c => c.RowSpan > 1)) _mergedColumns.Add(c.Col);
        var joined = false;
        if (skip < rows.Length)
        {
            var prev = _rows[^1];
            var first = rows[skip];
            joined = IsCutRow(prev, first);
            for (var c = 0; c < first.Length; c++)
            {
                var cell = first[c];
                if (cell.Col != c || cell.Row != skip) continue; // covered by a cell seen already
                var above = prev[c];
                if (above.Col != c || above.ColSpan != cell.ColSpan) continue;
                var continues = joined
                    || (_mergedColumns.Contains(c) && (cell.IsEmpty || CellText.RunsInto(above, cell, slackLines: 0) || Repeats(above, cell)));
                if (!continues) continue;
                var owner = above.Owner;
                if (!Repeats(above, cell))
                    owner.FullText = JoinParagraphs(owner.FullText, cell.Paragraphs);
                cell.Owner = owner;
            }
        }
        _last = next;
        Append(next, skip + (joined ? 1 : 0));
    }

    /// <summary>
    /// The first row of the new page holds only the rest of the last row of the page before:
    /// every cell with text sits under a cell whose text ran to the foot of the page.
    /// </summary>
    private static bool IsCutRow(GridCell[] prev, GridCell[] first)
    {
        var anyRunOn = false;
        for (var c = 0; c < first.Length; c++)
        {
            var runsOn = CellText.RunsInto(prev[c], first[c], slackLines: 2);
            if (runsOn) anyRunOn = true;
            if (!first[c].IsEmpty && !runsOn && !Repeats(prev[c], first[c])) return false;
        }
        return anyRunOn;
    }

    /// <summary>A merged cell's label printed again under the break (some producers repeat it).</summary>
    private static bool Repeats(GridCell above, GridCell cell) =>
        !cell.IsEmpty && string.Concat(above.Paragraphs) == string.Concat(cell.Paragraphs);

    /// <summary>Leading rows of the next page that repeat this table's first rows word for word.</summary>
    private int RepeatedHeaderRows(PageTable next)
    {
        var k = 0;
        while (k < 3 && k < next.Slots.Length && k < _rows.Count
               && RowText(next.Slots[k]) is { Length: > 0 } text && text == RowText(_rows[k]))
            k++;
        return k;
    }

    private static string RowText(GridCell[] row) =>
        string.Join("|", row.Select(c => string.Concat(c.Paragraphs)));

    private static List<string> JoinParagraphs(List<string> before, List<string> after)
    {
        if (before.Count == 0) return [.. after];
        if (after.Count == 0) return before;
        return [.. before.SkipLast(1), CellText.Join(before[^1], after[0]), .. after.Skip(1)];
    }

    private void Append(PageTable table, int from)
    {
        var rows = table.Slots;
        if (_rows.Count == 0)
            foreach (var c in table.Cells.Where(c => c.RowSpan > 1)) _mergedColumns.Add(c.Col);
        for (var r = from; r < rows.Length; r++)
        {
            _rows.Add(rows[r]);
            _boxes.Add((table.Page, table.PageHeight, table.Left, table.Ys[r], table.Right, table.Ys[r + 1]));
        }
    }

    /// <summary>The grid, merges resolved as for Word tables: covered slots carry the cell's text with FromMerge.</summary>
    public TableBlock ToBlock(int tableNumber)
    {
        var seen = new HashSet<GridCell>();
        var rows = new List<TableRow>();
        for (var r = 0; r < _rows.Count; r++)
        {
            var cells = _rows[r].Select(c => new TableCell([.. c.Owner.FullText], !seen.Add(c.Owner))).ToList();
            var b = _boxes[r];
            rows.Add(new TableRow(cells, r < _headerRows, new Origin { Table = tableNumber, Row = r + 1, Page = b.Page, Box = Box(b) }));
        }
        var f = _boxes[0];
        return new TableBlock(rows, new Origin { Table = tableNumber, Row = 1, Page = f.Page, Box = Box(f) });
    }

    public static IReadOnlyList<double> Box((int Page, double PageHeight, double Left, double Top, double Right, double Bottom) b) =>
        [Math.Round(b.Left, 1), Math.Round(b.PageHeight - b.Bottom, 1), Math.Round(b.Right - b.Left, 1), Math.Round(b.Bottom - b.Top, 1)];
}
