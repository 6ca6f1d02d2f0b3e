using PolicyParse.Text;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// A cell's text: its glyphs in lines by baseline, lines joined into paragraphs. A line that
/// stops well short of the cell's text edge ended a paragraph (a unit written on its own line);
/// a full line was wrapped and runs on into the next (CJK text is joined without a space).
/// </summary>
internal static class CellText
{
    public static void Fill(PageTable table)
    {
        foreach (var cell in table.Cells)
            cell.Lines = PageLines.Build(table.Page, cell.Glyphs);

        // A column's text edge: the furthest any line in it reaches (cells are justified or wrapped there).
        var edge = new Dictionary<(int, int), double>();
        foreach (var cell in table.Cells.Where(c => c.Lines.Count > 0))
        {
            var key = (cell.Col, cell.ColSpan);
            var right = cell.Lines.Max(l => l.Right);
            edge[key] = edge.TryGetValue(key, out var e) ? Math.Max(e, right) : right;
        }

        foreach (var cell in table.Cells)
        {
            if (cell.Lines.Count == 0) continue;
            var textEdge = edge[(cell.Col, cell.ColSpan)];
            cell.TextEdge = textEdge;
            cell.Paragraphs = Paragraphs(cell.Lines, textEdge);
            cell.FullText = [.. cell.Paragraphs];
        }
    }

    /// <summary>
    /// A line was wrapped (not ended) when the next line's first unbreakable run would not have
    /// fitted after it. The text edge is the furthest any line reached, a little short of the true
    /// margin at worst, hence the slack.
    /// </summary>
    public static bool IsFull(PdfLine line, PdfLine next, double textEdge) =>
        line.Right + next.Lead > textEdge - 0.3 * line.Size;

    /// <summary>
    /// The cell's text runs on into <paramref name="below"/> (the same cell's part on the next
    /// page): its last line is full as to the first line below, and it reaches the cell's bottom.
    /// </summary>
    public static bool RunsInto(GridCell cell, GridCell below)
    {
        if (cell.Lines.Count == 0 || below.Lines.Count == 0) return false;
        var last = cell.Lines[^1];
        return IsFull(last, below.Lines[0], cell.TextEdge) && cell.Bottom - last.Bottom < 1.5 * last.Size;
    }

    public static List<string> Paragraphs(IReadOnlyList<PdfLine> lines, double textEdge)
    {
        var paragraphs = new List<string>();
        var current = "";
        for (var i = 0; i < lines.Count; i++)
        {
            current = Join(current, lines[i].Text);
            if (i == lines.Count - 1 || !IsFull(lines[i], lines[i + 1], textEdge))
            {
                if (current.Length > 0) paragraphs.Add(current);
                current = "";
            }
        }
        return paragraphs;
    }

    /// <summary>Joins a wrapped line to the text before it: no space between CJK characters, one between Latin words.</summary>
    public static string Join(string before, string after) =>
        before.Length == 0 ? after : after.Length == 0 ? before : CjkText.NormalizeSpacing(before + " " + after);
}
