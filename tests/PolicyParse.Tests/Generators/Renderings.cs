using System.Text;

namespace PolicyParse.Tests.Generators;

/// <summary>
/// How a -layout page is drawn: column widths in em (a CJK character is one em, an ASCII one half),
/// the gap between columns, lines per page, and how many grid columns a CJK character takes in
/// the text: 1 as pdftotext prints it (one character per glyph), 2 on a display grid.
/// </summary>
internal sealed record LayoutStyle(int[] Widths, int Gap, int PageLines, int CjkColumns = 1);

/// <summary>
/// The text of a generated table as each layout breaks it (docs/domain.md#how-the-table-arrives-broken),
/// after the notice's body. Simplified where noted; the shapes are those the backends read.
/// </summary>
internal static class Renderings
{
    /// <summary>Tab cells: every cell on its own line after a tab, a blank line between rows, the key task on its first row only.</summary>
    public static string TabCells(GenTable table)
    {
        var rows = new List<string[]> { GenTable.Columns };
        foreach (var k in table.KeyTasks)
            rows.AddRange(k.Rows.Select((r, i) => new[] { i == 0 ? k.Label : "", r.Text, GenTable.UnitCell(r.Lead), GenTable.UnitCell(r.Support), r.Deadline }));
        return table.Body() + string.Join("\n\n", rows.Select(r => string.Join("\n", r.Select(c => "\t" + c)))) + "\n";
    }

    private static List<(int Start, int Count)> Spans(List<(GenKeyTask KeyTask, GenRow Row)> rows, Func<GenRow, string> cell)
    {
        var spans = new List<(int Start, int Count)>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0 && rows[i].KeyTask == rows[i - 1].KeyTask && cell(rows[i].Row) == cell(rows[i - 1].Row))
                spans[^1] = (spans[^1].Start, spans[^1].Count + 1);
            else spans.Add((i, 1));
        }
        return spans;
    }

    /// <summary>
    /// A pdftotext -layout-like page: cells wrapped to their column's width, placed on a character
    /// grid (CJK two columns wide), each cell vertically centred in its row, merged cells (key task,
    /// support, deadline) centred over their rows, a blank line between rows, the header repeated
    /// on each page after a form feed. (Simplified: a merged cell cut by a page break is printed
    /// again on the next page; no drift between pages.)
    /// </summary>
    public static string Layout(GenTable table, LayoutStyle style)
    {
        var sb = new StringBuilder(table.Body());
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{table.Year}年示例区数据资源工作任务分解\n\n");
        var x = new int[5];
        for (var c = 1; c < 5; c++) x[c] = x[c - 1] + (style.Widths[c - 1] + style.Gap) * style.CjkColumns;

        var rows = table.Rows.ToList();
        var start = 0;
        while (start < rows.Count)
        {
            // Take rows while the page has room (at least one row per page).
            var count = 1;
            while (start + count < rows.Count && PageHeight(rows.GetRange(start, count + 1), style) <= style.PageLines) count++;
            if (start > 0) sb.Append('\f');
            sb.Append(Line(GenTable.Columns.Select((h, c) => (x[c] + Math.Max(0, (style.Widths[c] - h.Length) / 2) * style.CjkColumns, h)), style.CjkColumns)).Append("\n\n");
            foreach (var line in Page(rows.GetRange(start, count), style, x)) sb.Append(line).Append('\n');
            start += count;
        }
        return sb.ToString();
    }

    private static int PageHeight(List<(GenKeyTask KeyTask, GenRow Row)> rows, LayoutStyle style) =>
        Grid(rows, style).Heights.Sum() + rows.Count + 2;

    private static string[] Cells(GenKeyTask k, GenRow r) =>
        [k.Label, r.Text, GenTable.UnitCell(r.Lead), GenTable.UnitCell(r.Support), r.Deadline.Length == 0 ? "——" : r.Deadline];

    /// <summary>Row heights (in lines) and the merged spans per column (0 key task, 3 support, 4 deadline).</summary>
    private static (int[] Heights, Dictionary<int, List<(int Start, int Count)>> Spans) Grid(List<(GenKeyTask KeyTask, GenRow Row)> rows, LayoutStyle style)
    {
        var spans = new Dictionary<int, List<(int Start, int Count)>>
        {
            [0] = Spans(rows, r => rows.First(p => p.Row == r).KeyTask.Label),
            [3] = Spans(rows, r => GenTable.UnitCell(r.Support)),
            [4] = Spans(rows, r => r.Deadline),
        };
        var heights = rows.Select(p => new[] { 1, 2 }.Max(c => Wrap(Cells(p.KeyTask, p.Row)[c], style.Widths[c]).Count)).ToArray();
        foreach (var (c, list) in spans)
            foreach (var (s, n) in list)
            {
                var need = Wrap(Cells(rows[s].KeyTask, rows[s].Row)[c], style.Widths[c]).Count;
                var have = heights.Skip(s).Take(n).Sum() + n - 1;
                if (need > have) heights[s + n - 1] += need - have;
            }
        return (heights, spans);
    }

    private static IEnumerable<string> Page(List<(GenKeyTask KeyTask, GenRow Row)> rows, LayoutStyle style, int[] x)
    {
        var (heights, spans) = Grid(rows, style);
        var top = new int[rows.Count];
        for (var i = 1; i < rows.Count; i++) top[i] = top[i - 1] + heights[i - 1] + 1;
        var total = top[^1] + heights[^1];
        var grid = Enumerable.Range(0, total).Select(_ => new List<(int X, string Text)>()).ToArray();

        void Place(int column, string cell, int from, int height)
        {
            var lines = Wrap(cell, style.Widths[column]);
            var at = from + Math.Max(0, (height - lines.Count) / 2);
            for (var l = 0; l < lines.Count && at + l < total; l++) grid[at + l].Add((x[column], lines[l]));
        }
        for (var i = 0; i < rows.Count; i++)
            foreach (var c in new[] { 1, 2 })
                Place(c, Cells(rows[i].KeyTask, rows[i].Row)[c], top[i], heights[i]);
        foreach (var (c, list) in spans)
            foreach (var (s, n) in list)
                Place(c, Cells(rows[s].KeyTask, rows[s].Row)[c], top[s], top[s + n - 1] + heights[s + n - 1] - top[s]);
        foreach (var line in grid) yield return Line(line, style.CjkColumns);
        yield return "";
    }

    /// <summary>Texts placed at display columns; a text that would touch its left neighbour is pushed one space right.</summary>
    private static string Line(IEnumerable<(int X, string Text)> cells, int cjkColumns)
    {
        var sb = new StringBuilder();
        var width = 0;
        foreach (var (x, text) in cells.OrderBy(c => c.X))
        {
            var pad = Math.Max(x - width, width == 0 ? x : 1);
            sb.Append(' ', pad).Append(text);
            width += pad + (cjkColumns == 2 ? Width(text) : text.Length);
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>Wraps a cell at a width in em; closing punctuation never starts a line (it stays on the line before).</summary>
    public static List<string> Wrap(string text, int em)
    {
        var width = 2 * em;
        var lines = new List<string>();
        var line = new StringBuilder();
        var w = 0;
        foreach (var ch in text)
        {
            var cw = Width(ch.ToString());
            if (w + cw > width && line.Length > 0 && !"。，、；：）”".Contains(ch))
            {
                lines.Add(line.ToString());
                line.Clear();
                w = 0;
            }
            line.Append(ch);
            w += cw;
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    /// <summary>Width in half-em: an ASCII character one, a CJK character two.</summary>
    public static int Width(string text) => text.Sum(c => c < 0x1100 ? 1 : 2);
}
