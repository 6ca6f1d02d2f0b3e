using System.Text;
using AngleSharp.Dom;
using PolicyParse.Lexicon;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Turns a piece of a page into lines of text the way a browser lays it out: block elements and
/// <c>&lt;br&gt;</c> end a line, inline elements (spans an editor split words over) run together.
/// Whitespace touching Chinese is dropped and indents (<c>&amp;nbsp;</c>, <c>&amp;emsp;</c>, U+3000)
/// are trimmed.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "body", "html", "menu", "legend",
    ];

    public static bool IsBlock(IElement element) => BlockTags.Contains(element.LocalName);

    public static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The lines of a node, each normalised; empty lines dropped.</summary>
    public static List<string> Lines(INode node)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        Append(node, current, lines, inPre: false);
        Flush(current, lines);
        return lines;
    }

    /// <summary>All of a node's text on one line (for scoring and matching).</summary>
    public static string Flat(INode node) => string.Concat(Lines(node));

    /// <summary>Collapses a line as a browser would, then applies the Chinese spacing rule.</summary>
    public static string Normalize(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
            sb.Append(c is '\r' or '\n' or '\t' or '\v' ? ' ' : c);
        return CjkText.NormalizeSpacing(sb.ToString()).Trim();
    }

    private static void Append(INode node, StringBuilder current, List<string> lines, bool inPre)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    if (!inPre) current.Append(text.Data);
                    else
                    {
                        var parts = text.Data.Split('\n');
                        for (var i = 0; i < parts.Length; i++)
                        {
                            if (i > 0) Flush(current, lines);
                            current.Append(parts[i]);
                        }
                    }
                    break;
                case IElement { LocalName: "br" }:
                    Flush(current, lines);
                    break;
                case IElement element when IsBlock(element):
                    Flush(current, lines);
                    Append(element, current, lines, inPre || element.LocalName == "pre");
                    Flush(current, lines);
                    break;
                case IElement element:
                    Append(element, current, lines, inPre);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> lines)
    {
        if (current.Length == 0) return;
        var line = Normalize(current.ToString());
        current.Clear();
        if (line.Length > 0) lines.Add(line);
    }
}
