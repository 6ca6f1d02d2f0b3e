using System.Text;
using AngleSharp.Dom;
using PolicyParse.Model;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Turns the article into blocks in reading order: one paragraph per line as laid out (a
/// <c>&lt;p&gt;</c>, a text <c>&lt;div&gt;</c>, a heading, each <c>&lt;br&gt;</c>-separated line),
/// data tables as grids, layout tables (those holding other tables, or a single column) read as
/// paragraphs. Furniture blocks and lines inside the article are left out.
/// </summary>
internal sealed class ArticleWalker
{
    /// <summary>A list or block mostly made of links is navigation, share or related links.</summary>
    private const double MaxLinkDensity = 0.5;

    private readonly HashSet<IElement> _skip;
    private readonly List<Block> _blocks = [];
    private readonly StringBuilder _line = new();
    private int _paragraphs;
    private int _tables;

    /// <param name="skip">Elements read elsewhere (the metadata grid, the title) or not at all.</param>
    public ArticleWalker(IEnumerable<IElement> skip) => _skip = [.. skip];

    public List<Block> Blocks => _blocks;

    /// <summary>Adds lines read elsewhere (the title above the article block).</summary>
    public void AddLines(IEnumerable<string> lines)
    {
        foreach (var line in lines) Emit(line);
    }

    public void Walk(IElement root)
    {
        Visit(root);
        Flush();
    }

    /// <summary>A table of data, not of layout: no table inside it, at least two rows and two columns, not a link list.</summary>
    public static bool IsDataTable(IElement table) =>
        table.QuerySelector("table") is null
        && HtmlTableGrid.OwnRows(table).Count >= 2
        && HtmlTableGrid.RoughWidth(table) >= 2
        && ArticleFinder.LinkDensity(table) < MaxLinkDensity;

    private void Visit(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    _line.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    Flush();
                    break;
                case IElement element when _skip.Contains(element) || IsFurniture(element):
                    Flush();
                    break;
                case IElement { LocalName: "table" } table when IsDataTable(table):
                    Flush();
                    var grid = HtmlTableGrid.Build(table, ++_tables, HtmlText.Lines);
                    if (grid.Rows.Count > 0) _blocks.Add(grid);
                    break;
                case IElement element when HtmlText.IsBlock(element):
                    Flush();
                    Visit(element);
                    Flush();
                    break;
                case IElement element:
                    Visit(element);
                    break;
            }
        }
    }

    /// <summary>Named as furniture (share, related, print…) or a block of links, and holding no data table.</summary>
    private static bool IsFurniture(IElement element)
    {
        if (element.LocalName is "a" or "span" or "font" or "b" or "strong" or "em" or "i" or "u") return false;
        var furniture = ArticleFinder.IsFurnitureByName(element)
            || (element.LocalName is "ul" or "ol" or "dl" or "div" or "nav" && ArticleFinder.LinkDensity(element) > MaxLinkDensity)
            || element.LocalName is "nav" or "footer";
        return furniture && !element.QuerySelectorAll("table").Any(IsDataTable);
    }

    private void Flush()
    {
        if (_line.Length == 0) return;
        var text = _line.ToString();
        _line.Clear();
        Emit(HtmlText.Normalize(text));
    }

    private void Emit(string line)
    {
        if (line.Length == 0 || PageFurniture.IsFurnitureLine(line)) return;
        _blocks.Add(new ParagraphBlock(line, new Origin { Paragraph = ++_paragraphs }));
    }
}
