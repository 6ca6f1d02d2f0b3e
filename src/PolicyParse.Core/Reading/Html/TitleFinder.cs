using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PolicyParse.Lexicon;

namespace PolicyParse.Reading.Html;

/// <summary>
/// The notice's title when it stands above the article block (portals put the heading, then the
/// info bar, then the editor's text): the nearest heading or title-named element before the
/// article that the page's own &lt;title&gt; repeats, else the nearest h1 or title-named one.
/// </summary>
internal static class TitleFinder
{
    private const int MinLength = 6;
    private const int MaxLength = 150;

    private static readonly string[] TitleNames = ["title", "bt", "tit", "biaoti"];

    public static IElement? Find(IHtmlDocument document, IElement body, IElement article)
    {
        if (article == body) return null;
        var pageTitle = CjkText.MatchKey(document.Title ?? "");
        var before = new List<IElement>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (element == article) break;
            if (element.Contains(article) || !IsCandidate(element)) continue;
            before.Add(element);
        }

        IElement? named = null;
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var key = CjkText.MatchKey(HtmlText.Flat(before[i]));
            if (key.Length is < MinLength or > MaxLength) continue;
            if (pageTitle.Length > 0 && (pageTitle.Contains(key, StringComparison.Ordinal) || key.Contains(pageTitle, StringComparison.Ordinal)))
                return before[i];
            if (named is null && (before[i].LocalName == "h1" || ArticleFinder.Matches(before[i].ClassName, TitleNames) || ArticleFinder.Matches(before[i].Id, TitleNames)))
                named = before[i];
        }
        return named;
    }

    private static bool IsCandidate(IElement element)
    {
        if (!(HtmlText.IsHeading(element) || ArticleFinder.Matches(element.ClassName, TitleNames) || ArticleFinder.Matches(element.Id, TitleNames)))
            return false;
        for (var e = element; e is not null; e = e.ParentElement)
            if (ArticleFinder.IsFurnitureByName(e) || e.LocalName is "nav" or "footer" or "a")
                return false;
        return element.QuerySelector("table") is null;
    }
}
