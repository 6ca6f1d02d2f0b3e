using AngleSharp.Dom;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Finds the article among a page's furniture, Readability-style: every block of running text
/// scores by its length and its Chinese punctuation, the score flows to its container and, halved,
/// to the container's parents; class and id names (TRS_Editor, zoom, article, content up; nav,
/// footer, share down) and the share of link text weigh the totals. The best container wins.
/// A page that is all article (a word processor's export) wins at its body.
/// </summary>
internal static class ArticleFinder
{
    /// <summary>Shorter text blocks are labels, links and buttons: they say nothing about where the article is.</summary>
    private const int MinBlockLength = 10;

    private const double NameWeight = 25;

    private static readonly HashSet<string> ContainerTags = ["div", "td", "article", "section", "main", "body", "table", "tbody", "tr", "center", "form"];

    public static IElement Find(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in body.QuerySelectorAll("*").Prepend(body))
        {
            // Inline elements' text is counted in the block that holds them.
            if (!HtmlText.IsBlock(element)) continue;
            var own = OwnText(element);
            if (own.Length < MinBlockLength) continue;
            var score = 1 + Punctuation(own) + Math.Min(own.Length / 100, 3);
            // A container that holds text itself (a td of <br>-separated lines) is scored like a paragraph's parent.
            var target = ContainerTags.Contains(element.LocalName) ? element : element.ParentElement;
            var weight = 1.0;
            for (var level = 0; target is not null && level < 3; level++, target = target.ParentElement)
            {
                scores[target] = scores.GetValueOrDefault(target) + score * weight;
                weight = level == 0 ? 0.5 : weight * 2 / 3;
            }
        }

        IElement best = body;
        var bestScore = double.MinValue;
        foreach (var (element, raw) in scores)
        {
            if (!ContainerTags.Contains(element.LocalName)) continue;
            var final = (raw + NameScore(element)) * (1 - LinkDensity(element));
            if (final > bestScore) (best, bestScore) = (element, final);
        }
        return best;
    }

    /// <summary>Positive or negative by the class and id names, as Readability weighs them.</summary>
    public static double NameScore(IElement element)
    {
        var score = 0.0;
        foreach (var name in new[] { element.ClassName, element.Id })
        {
            if (string.IsNullOrEmpty(name)) continue;
            if (Matches(name, PortalVocabulary.NegativeNames)) score -= NameWeight;
            if (Matches(name, PortalVocabulary.PositiveNames)) score += NameWeight;
        }
        return score;
    }

    /// <summary>True when the element's class or id marks it as page furniture and nothing marks it as content.</summary>
    public static bool IsFurnitureByName(IElement element) =>
        (Matches(element.ClassName, PortalVocabulary.NegativeNames) || Matches(element.Id, PortalVocabulary.NegativeNames))
        && !Matches(element.ClassName, PortalVocabulary.PositiveNames) && !Matches(element.Id, PortalVocabulary.PositiveNames);

    /// <summary>
    /// Short names must be a whole token of the class (nav, zw, ad), longer ones may be part of one
    /// (article-content, TRS_Editor), so "ad" never matches "download" nor "head" "thead".
    /// </summary>
    public static bool Matches(string? classOrId, string[] names)
    {
        if (string.IsNullOrEmpty(classOrId)) return false;
        var lower = classOrId.ToLowerInvariant();
        var tokens = lower.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in names)
        {
            if (name.Length >= 5 ? lower.Contains(name, StringComparison.Ordinal) : tokens.Contains(name))
                return true;
        }
        return false;
    }

    /// <summary>The share of an element's text inside links.</summary>
    public static double LinkDensity(IElement element)
    {
        var total = element.TextContent.Length;
        if (total == 0) return 0;
        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1, linked / (double)total);
    }

    /// <summary>The text an element holds itself, outside its block children.</summary>
    private static string OwnText(IElement element)
    {
        var parts = new List<string>();
        foreach (var child in element.ChildNodes)
        {
            if (child is IText t) parts.Add(t.Data);
            else if (child is IElement e && !HtmlText.IsBlock(e) && e.LocalName != "a") parts.Add(e.TextContent);
        }
        return HtmlText.Normalize(string.Concat(parts));
    }

    private static int Punctuation(string text) => text.Count(c => c is '，' or '。' or '、' or '；' or '：' or ',' or ';');
}
