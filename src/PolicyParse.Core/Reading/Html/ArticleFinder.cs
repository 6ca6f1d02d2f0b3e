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

    private const int MaxTablePunctuation = 10;

    /// <summary>Elements that can hold an article. A data table never does: it is part of one.</summary>
    private static readonly HashSet<string> ContainerTags = ["div", "td", "article", "section", "main", "body", "center", "form"];

    /// <summary>How far a block's score flows up: parents, then grandparents at a falling share (Readability's 1, 1/2, 1/6, 1/9…).</summary>
    private const int Levels = 5;

    public static IElement Find(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        var dataTables = body.QuerySelectorAll("table").Where(ArticleWalker.IsDataTable).ToHashSet();
        foreach (var element in body.QuerySelectorAll("*").Prepend(body))
        {
            // Inline elements' text is counted in the block that holds them; a data table counts as one block.
            if (!HtmlText.IsBlock(element) || InDataTable(element, dataTables)) continue;
            var own = element.LocalName == "table" && dataTables.Contains(element) ? HtmlText.Normalize(element.TextContent) : OwnText(element);
            if (own.Length < MinBlockLength) continue;
            var punctuation = Punctuation(own);
            // A data table weighs as one long paragraph: its unit lists are full of 、 and ， and would
            // otherwise pull the article down to the layout cell around the table.
            if (element.LocalName == "table") punctuation = Math.Min(punctuation, MaxTablePunctuation);
            var score = 1 + punctuation + Math.Min(own.Length / 100, 3);
            // A container that holds text itself (a td of <br>-separated lines) is scored like a paragraph's parent.
            var target = ContainerTags.Contains(element.LocalName) ? element : element.ParentElement;
            for (var level = 0; target is not null && level < Levels; level++, target = target.ParentElement)
                scores[target] = scores.GetValueOrDefault(target) + score / (level switch { 0 => 1, 1 => 2, _ => level * 3 });
        }

        IElement best = body;
        var bestScore = double.MinValue;
        // Link density only lowers a score, so candidates are taken best-first and the (costly)
        // density is computed only until no remaining candidate can win.
        var candidates = scores
            .Where(kv => ContainerTags.Contains(kv.Key.LocalName) && !InDataTable(kv.Key, dataTables))
            .Select(kv => (Element: kv.Key, Score: kv.Value + NameScore(kv.Key)))
            .OrderByDescending(c => c.Score);
        foreach (var (element, score) in candidates)
        {
            if (bestScore >= Math.Max(score, 0)) break;
            var final = score * (1 - LinkDensity(element));
            if (final > bestScore) (best, bestScore) = (element, final);
        }
        return best;
    }

    private static bool InDataTable(IElement element, HashSet<IElement> dataTables)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
            if (e.LocalName == "table" && dataTables.Contains(e)) return true;
        return false;
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
