using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// A run of text on a -layout line, at its column on the line's grid. <see cref="Glued"/>: set
/// apart from the run before it by one space only, where pdftotext printed two cells as one word
/// group: its position then follows the text before it, not its place on the page.
/// </summary>
internal sealed record LayoutRun(int Start, string Text)
{
    /// <summary>Columns the run takes on the grid (characters, or display cells on a display grid).</summary>
    public int Width { get; init; } = Text.Length;

    public bool Glued { get; init; }

    public int End => Start + Width;
}

/// <summary>Splits a `pdftotext -layout` line into runs: cells are set apart by two or more spaces.</summary>
internal static class LayoutRuns
{
    /// <summary>
    /// The runs of a line. <paramref name="display"/>: positions counted in display cells (a CJK
    /// character two wide), for text aligned on a terminal's grid rather than pdftotext's one
    /// character per glyph.
    /// </summary>
    public static List<LayoutRun> Split(string raw, bool display = false)
    {
        // A page's first line starts with a form feed, which takes no column.
        var line = raw.Replace("\f", "").TrimEnd();
        var runs = new List<LayoutRun>();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == ' ') { i++; continue; }
            var start = i;
            while (i < line.Length && !(line[i] == ' ' && (i + 1 >= line.Length || line[i + 1] == ' ')))
                i++;
            SplitTight(line, start, i, runs, display);
        }
        return runs;
    }

    /// <summary>
    /// When a cell holds half-width digits its text is squeezed toward the next column and only one
    /// space may be left between them; a single space between two CJK characters never occurs
    /// inside a Chinese cell, so it separates cells too.
    /// </summary>
    private static void SplitTight(string line, int start, int end, List<LayoutRun> runs, bool display)
    {
        var from = start;
        for (var k = start + 1; k < end - 1; k++)
            if (line[k] == ' ' && CjkText.IsCjk(line[k - 1]) && CjkText.IsCjk(line[k + 1]))
            {
                runs.Add(Run(line, from, k, display, from > start));
                from = k + 1;
            }
        runs.Add(Run(line, from, end, display, from > start));
    }

    private static LayoutRun Run(string line, int from, int to, bool display, bool glued) =>
        display
            ? new LayoutRun(DisplayWidth(line.AsSpan(0, from)), line[from..to]) { Width = DisplayWidth(line.AsSpan(from, to - from)), Glued = glued }
            : new LayoutRun(from, line[from..to]) { Glued = glued };

    /// <summary>Display cells: a character from U+1100 on (CJK, full-width forms, curly quotes) takes two.</summary>
    public static int DisplayWidth(ReadOnlySpan<char> text)
    {
        var w = 0;
        foreach (var c in text) w += c < '\u1100' ? 1 : 2;
        return w;
    }

    /// <summary>True when the line's text has runs set apart by wide gaps: the mark of -layout output.</summary>
    public static bool HasWideGaps(string raw) => !raw.Contains('\t') && raw.Replace("\f", "").Trim().Contains("  ", StringComparison.Ordinal);
}
