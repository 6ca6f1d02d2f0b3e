using System.Text;
using PolicyParse.Lexicon;

namespace PolicyParse.Reading.Pdf;

/// <summary>One line of text: glyphs sharing a baseline, left to right, in top-down coordinates.</summary>
/// <param name="Lead">Width of the line's first unbreakable run (a character with the punctuation
/// bound to it, or a Latin word or number): the room the line before needed to hold it.</param>
internal sealed record PdfLine(int Page, string Text, double Left, double Right, double Baseline, double Size, double Lead)
{
    public double Top => Baseline - 0.8 * Size;
    public double Bottom => Baseline + 0.2 * Size;
}

/// <summary>Groups glyphs into lines by baseline and spells each line.</summary>
internal static class PageLines
{
    /// <summary>
    /// Glyphs whose baselines lie within a third of their size of a line's baseline join it (a
    /// line's glyphs share one baseline up to rounding; the next line is a whole size or more away).
    /// </summary>
    public static List<PdfLine> Build(int page, IEnumerable<Glyph> glyphs)
    {
        var lines = new List<List<Glyph>>();
        foreach (var g in glyphs.OrderBy(g => g.Baseline).ThenBy(g => g.Left))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(g.Baseline - line[0].Baseline) <= Math.Max(g.Size, line[0].Size) / 3)
                line.Add(g);
            else
                lines.Add([g]);
        }
        var result = new List<PdfLine>();
        foreach (var line in lines)
        {
            var ink = line.Where(g => !g.IsSpace).OrderBy(g => g.Left).ToList();
            if (ink.Count == 0) continue;
            var size = ink.Max(g => g.Size);
            result.Add(new PdfLine(page, Spell(line), ink[0].Left, ink.Max(g => g.Right), ink.Average(g => g.Baseline), size, LeadWidth(ink)));
        }
        return result;
    }

    /// <summary>
    /// Line breaking keeps opening punctuation with the character after it, closing punctuation
    /// with the one before, and never breaks inside a Latin word or number: that run is what did
    /// not fit at the end of the line before.
    /// </summary>
    private static double LeadWidth(List<Glyph> ink)
    {
        var i = 0;
        while (i < ink.Count - 1 && IsOpening(ink[i].Text)) i++;
        if (IsWordChar(ink[i].Text))
            while (i + 1 < ink.Count && IsWordChar(ink[i + 1].Text)) i++;
        while (i + 1 < ink.Count && IsClosing(ink[i + 1].Text)) i++;
        return ink[i].Right - ink[0].Left;
    }

    private static bool IsOpening(string t) => t.Length == 1 && "“‘（《〈「『【〔([{".Contains(t[0]);

    private static bool IsClosing(string t) => t.Length == 1 && "，。、；：！？”’）》〉」』】〕…·,.;:!?)]}%".Contains(t[0]);

    private static bool IsWordChar(string t) => t.Length == 1 && char.IsAsciiLetterOrDigit(t[0]);

    /// <summary>
    /// Glyphs left to right; a drawn space or a gap of over a quarter of the size becomes one
    /// space, which the CJK spacing rule then drops wherever it touches a Chinese character.
    /// </summary>
    private static string Spell(List<Glyph> line)
    {
        var sb = new StringBuilder();
        double? lastRight = null;
        var pendingSpace = false;
        foreach (var g in line.OrderBy(g => g.Left))
        {
            if (g.IsSpace)
            {
                pendingSpace = lastRight is not null;
                continue;
            }
            if (lastRight is { } r && g.Left - r > 0.25 * g.Size) pendingSpace = true;
            if (pendingSpace) sb.Append(' ');
            sb.Append(g.Text);
            pendingSpace = false;
            lastRight = Math.Max(lastRight ?? g.Right, g.Right);
        }
        return CjkText.NormalizeSpacing(sb.ToString());
    }
}
