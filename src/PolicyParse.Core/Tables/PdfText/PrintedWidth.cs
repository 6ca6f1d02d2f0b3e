using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// How wide a line was on the page, in em: a CJK character or full-width form is one em, an ASCII
/// character half of one; spaces an extractor inserted count nothing. Wrapped cells show where
/// they end by lines that stop short of their column's width.
/// </summary>
internal static class PrintedWidth
{
    public static double Of(string line)
    {
        var width = 0.0;
        foreach (var c in line)
        {
            if (CjkText.IsSpace(c) || char.IsWhiteSpace(c)) continue;
            width += c < 0x80 ? 0.5 : 1;
        }
        return width;
    }

    /// <summary>
    /// The width of a full line in a column: the most frequent line width (full lines dominate a
    /// column of wrapped cells), the wider one on a tie.
    /// </summary>
    public static double Capacity(IEnumerable<string> lines)
    {
        var counts = lines.Select(Of).Where(w => w > 0).GroupBy(w => w).Select(g => (Width: g.Key, Count: g.Count())).ToList();
        if (counts.Count == 0) return 0;
        return counts.OrderByDescending(c => c.Count).ThenByDescending(c => c.Width).First().Width;
    }
}
