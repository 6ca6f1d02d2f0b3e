using AngleSharp.Dom;
using PolicyParse.Lexicon;

namespace PolicyParse.Reading.Html;

/// <summary>
/// What on a page is never the notice: scripts, styles, hidden elements, form controls (removed
/// before reading), and lines of furniture that sit inside the article block on many portals
/// (breadcrumbs, the info bar, print/close buttons, the footer).
/// </summary>
internal static class PageFurniture
{
    private const string Unrendered = "script, style, noscript, template, iframe, object, embed, svg, canvas, select, button, input, textarea, map, audio, video";

    /// <summary>Removes what a browser does not show as text.</summary>
    public static void RemoveUnrendered(IElement root)
    {
        foreach (var element in root.QuerySelectorAll(Unrendered).ToList())
            element.Remove();
        foreach (var element in root.QuerySelectorAll("[hidden], [style]").ToList())
            if (element.HasAttribute("hidden") || IsHiddenByStyle(element.GetAttribute("style")))
                element.Remove();
    }

    private static bool IsHiddenByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style)) return false;
        var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>A line that is page furniture, not part of a notice.</summary>
    public static bool IsFurnitureLine(string line)
    {
        var key = CjkText.MatchKey(line);
        if (key.Length == 0) return true;
        if (IsOnlyTools(key)) return true;
        if (PortalVocabulary.BreadcrumbStarts.Any(s => key.StartsWith(s, StringComparison.Ordinal))) return true;
        if (key.StartsWith(PortalVocabulary.BreadcrumbHome, StringComparison.Ordinal) && key.Length > 2 && key[2] is '>' or '»' or '›' or '/') return true;
        if (PortalVocabulary.FooterMarkers.Any(m => key.Contains(m, StringComparison.OrdinalIgnoreCase)) && key.Length < 300) return true;
        if (PortalVocabulary.FooterLabels.Any(l => key.StartsWith(l + ":", StringComparison.Ordinal) || key == l)) return true;
        return InfoBarLabels(key) >= 2 || key.StartsWith("字号:", StringComparison.Ordinal) || key.StartsWith("字体:", StringComparison.Ordinal);
    }

    /// <summary>How many info bar labels the line holds, each followed by a colon (发布时间：… 来源：…).</summary>
    private static int InfoBarLabels(string key) =>
        PortalVocabulary.InfoBarLabels.Count(l => key.Contains(l + ":", StringComparison.Ordinal));

    /// <summary>Buttons and tool links only (【打印本页】【关闭窗口】, 字号：大 中 小).</summary>
    private static bool IsOnlyTools(string key)
    {
        var rest = key;
        foreach (var tool in PortalVocabulary.ToolLines.Select(CjkText.MatchKey).OrderByDescending(t => t.Length))
            rest = rest.Replace(tool, "", StringComparison.Ordinal);
        rest = rest.Trim('【', '】', '[', ']', '|', '｜', '/', '·', ' ');
        return rest.Length == 0;
    }
}
