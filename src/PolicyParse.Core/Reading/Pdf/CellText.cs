using PolicyParse.Lexicon;

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

        var edge = table.Cells.Where(c => c.Lines.Count > 0)
            .GroupBy(c => (c.Col, c.ColSpan))
            .ToDictionary(g => g.Key, g => TextEdge(g.SelectMany(c => c.Lines).ToList()));

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
    /// Where wrapped lines end: the right edge most lines share (a column of text is filled to one
    /// edge), unless that is more than a character short of the furthest line; punctuation allowed
    /// to hang past the margin reaches further and does not count.
    /// </summary>
    public static double TextEdge(IReadOnlyList<PdfLine> lines)
    {
        var max = lines.Max(l => l.Right);
        var size = lines.Max(l => l.Size);
        var common = lines.GroupBy(l => Math.Round(l.Right)).MaxBy(g => g.Count())!;
        return common.Count() >= 3 && common.Key >= max - 1.5 * size ? common.Max(l => l.Right) : max;
    }

    /// <summary>
    /// A line was wrapped (not ended) when the next line's first unbreakable run would not have
    /// fitted after it. The text edge is the furthest any line reached, a little short of the true
    /// margin at worst, hence the slack.
    /// </summary>
    public static bool IsFull(PdfLine line, PdfLine next, double textEdge) =>
        line.Right + next.Lead > textEdge - 0.5 * line.Size;

    /// <summary>
    /// The cell's text runs on into <paramref name="below"/> (the same cell's part on the next
    /// page): its last line is full as to the first line below, and it reaches near the cell's bottom.
    /// </summary>
    /// <param name="slackLines">How many lines' room may stay under the last line: widow and orphan
    /// control moves a line or two on to the next page ahead of its turn when a whole row is cut.</param>
    public static bool RunsInto(GridCell cell, GridCell below, double slackLines)
    {
        if (cell.Lines.Count == 0 || below.Lines.Count == 0) return false;
        var last = cell.Lines[^1];
        return IsFull(last, below.Lines[0], cell.TextEdge) && cell.Bottom - last.Bottom < (slackLines + 0.5) * 1.2 * last.Size;
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
        before.Length == 0 ? after : after.Length == 0 ? before
        // A number broken at the line's end (CJK line breaking allows it) is one number.
        : char.IsAsciiDigit(before[^1]) && char.IsAsciiDigit(after[0]) ? before + after
        : CjkText.NormalizeSpacing(before + " " + after);
}
