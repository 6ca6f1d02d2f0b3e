using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyParse.Model;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Reads a saved web page (a portal's article page, or a word processor's HTML export) into the
/// same blocks as the other formats: the article's paragraphs and tables, the title above it, and
/// the portal's metadata grid as <see cref="SourceDocument.PortalMetadata"/>. Navigation, info
/// bars, share and related links and the footer are left out.
/// </summary>
internal sealed class HtmlReader : ISourceReader
{
    public string Format => "html";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml", ".shtml"];

    public SourceDocument Read(string path, ReadOnlyMemory<byte> content, string sha256)
    {
        BinarySniffer.RejectBinary(content.Span);
        try
        {
            var (text, encoding) = HtmlEncoding.Decode(content.Span);
            if (string.IsNullOrWhiteSpace(text))
                throw new InputException(FailureKind.Empty, "the file holds no text");
            if (text.Contains('\0'))
                throw new InputException(FailureKind.UnsupportedFormat, "the file is binary, not an HTML page");
            return ReadPage(text, new SourceInfo(path, Format, encoding, sha256));
        }
        catch (Exception e) when (e is not InputException and not OutOfMemoryException)
        {
            // AngleSharp parses any markup; this is a last guard so no stack trace reaches a user.
            throw new InputException(FailureKind.UnsupportedFormat, $"the HTML page cannot be read ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")})");
        }
    }

    /// <summary>Whether text content is an HTML page (a page saved with a .txt name).</summary>
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart().TrimStart('\uFEFF');
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && start.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    private static SourceDocument ReadPage(string text, SourceInfo source)
    {
        var document = new HtmlParser().ParseDocument(text);
        var body = document.Body ?? throw new InputException(FailureKind.Empty, "the HTML page has no body");
        PageFurniture.RemoveUnrendered(body);

        var (grid, fields) = PortalMetadataReader.Find(body);
        var article = ArticleFinder.Find(body);
        var title = TitleFinder.Find(document, body, article);

        var walker = new ArticleWalker(new[] { grid }.OfType<IElement>());
        if (title is not null && !article.Contains(title)) walker.AddLines(HtmlText.Lines(title));
        walker.Walk(article);
        if (walker.Blocks.Count == 0)
            throw new InputException(FailureKind.Empty, "the HTML page holds no text");
        // Without a grid date, the info bar's (发布时间：…) is the page's publication date.
        if (!fields.ContainsKey(PortalVocabulary.PublishedLabel) && PortalMetadataReader.InfoBarPublished(body) is { } published)
            fields = new Dictionary<string, string>(fields) { [PortalVocabulary.PublishedLabel] = published };
        return new SourceDocument(source, walker.Blocks) { PortalMetadata = fields };
    }
}
