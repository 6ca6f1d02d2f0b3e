using System.Text.RegularExpressions;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Text a printed page adds around the document: page numbers (<c>— 3 —</c>, <c>- 3 -</c>,
/// <c>第3页</c>, <c>3/12</c>, <c>3</c>) as a page's first or last line, and running headers or
/// footers (the same words, page numbers aside, at the top or foot of most pages).
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>Lines within this share of the page height from its top or foot may be furniture.</summary>
    private const double MarginShare = 0.2;

    public static List<List<PdfLine>> Remove(IReadOnlyList<List<PdfLine>> pages, IReadOnlyList<double> pageHeights)
    {
        var running = RunningLines(pages, pageHeights);
        var result = new List<List<PdfLine>>();
        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pages[p];
            var kept = new List<PdfLine>();
            for (var i = 0; i < lines.Count; i++)
            {
                var edge = i == 0 || i == lines.Count - 1;
                var inMargin = InMargin(lines[i], pageHeights[p]);
                if (edge && inMargin && PageNumber().IsMatch(lines[i].Text)) continue;
                if (inMargin && running.Contains(Key(lines[i].Text))) continue;
                kept.Add(lines[i]);
            }
            result.Add(kept);
        }
        return result;
    }

    private static bool InMargin(PdfLine line, double height) =>
        line.Top < MarginShare * height || line.Bottom > (1 - MarginShare) * height;

    /// <summary>Texts (digits folded) that stand among the first or last two lines of at least half the pages, three at least.</summary>
    private static HashSet<string> RunningLines(IReadOnlyList<List<PdfLine>> pages, IReadOnlyList<double> heights)
    {
        var counts = new Dictionary<string, int>();
        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pages[p];
            var candidates = lines.Take(2).Concat(lines.TakeLast(2)).Where(l => InMargin(l, heights[p]))
                .Select(l => Key(l.Text)).Where(k => k.Length > 0).Distinct();
            foreach (var k in candidates) counts[k] = counts.GetValueOrDefault(k) + 1;
        }
        var needed = Math.Max(3, (pages.Count + 1) / 2);
        return counts.Where(kv => kv.Value >= needed).Select(kv => kv.Key).ToHashSet();
    }

    private static string Key(string text) => Digits().Replace(text, "#");

    [GeneratedRegex(@"^[-—－–‒\s]*(第\s*)?\d{1,4}(\s*页)?(\s*(/|／|共)\s*\d{1,4}\s*页?)?[-—－–‒\s]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
