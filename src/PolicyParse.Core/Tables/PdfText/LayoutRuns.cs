using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>A run of text on a -layout line, at its character column (pdftotext places one character per column).</summary>
internal sealed record LayoutRun(int Start, string Text)
{
    public int End => Start + Text.Length;
}

/// <summary>Splits a `pdftotext -layout` line into runs: cells are set apart by two or more spaces.</summary>
internal static class LayoutRuns
{
    public static List<LayoutRun> Split(string raw)
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
            SplitTight(line, start, i, runs);
        }
        return runs;
    }

    /// <summary>
    /// When a cell holds half-width digits its text is squeezed toward the next column and only one
    /// space may be left between them; a single space between two CJK characters never occurs
    /// inside a Chinese cell, so it separates cells too.
    /// </summary>
    private static void SplitTight(string line, int start, int end, List<LayoutRun> runs)
    {
        var from = start;
        for (var k = start + 1; k < end - 1; k++)
            if (line[k] == ' ' && CjkText.IsCjk(line[k - 1]) && CjkText.IsCjk(line[k + 1]))
            {
                runs.Add(new LayoutRun(from, line[from..k]));
                from = k + 1;
            }
        runs.Add(new LayoutRun(from, line[from..end]));
    }

    /// <summary>True when the line's text has runs set apart by wide gaps: the mark of -layout output.</summary>
    public static bool HasWideGaps(string raw) => !raw.Contains('\t') && raw.Replace("\f", "").Trim().Contains("  ", StringComparison.Ordinal);
}
