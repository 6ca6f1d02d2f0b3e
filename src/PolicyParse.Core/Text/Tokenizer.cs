using System.Text.RegularExpressions;
using PolicyParse.Normalization;
using PolicyParse.Reading;
using PolicyParse.Tables;

namespace PolicyParse.Text;

/// <summary>Normalizes the paragraphs of a <see cref="SourceDocument"/> and classifies each line.</summary>
public static class Tokenizer
{
    private static readonly Regex MetadataLine = new(
        @"^(附\s*件|抄\s*送|发布日期|成文日期|发文字号|索引号|主题分类|发文机关|印发日期)\s*[：:]|^[（(]此件.*[）)]$|[〔\[［][0-9]{4}[〕\]］][0-9]+号",
        RegexOptions.Compiled);

    public static IReadOnlyList<TextLine> Tokenize(IEnumerable<ParagraphBlock> paragraphs)
    {
        var lines = new List<TextLine>();
        foreach (var p in paragraphs)
            lines.Add(Classify(lines.Count, p));
        return lines;
    }

    public static TextLine Classify(int index, ParagraphBlock paragraph)
    {
        var raw = paragraph.Text;
        var isTabCell = raw.StartsWith('\t');
        var text = CjkText.NormalizeSpacing(raw);
        var shape = ShapeOf(text, isTabCell);
        var heading = Heading.Match(text);

        LineKind kind;
        if (isTabCell) kind = LineKind.TabCell;
        else if (text.Length == 0) kind = LineKind.Blank;
        else if (ColumnHeader.IsHeaderLine(text)) kind = LineKind.TableHeader;
        else if (heading is not null) kind = LineKind.Heading;
        else if (MetadataLine.IsMatch(text) || DateLine.TryParse(text, out _)) kind = LineKind.Metadata;
        else kind = LineKind.Text;

        return new TextLine(index, raw, text, kind, shape, heading, paragraph.Origin);
    }

    private static LineShape ShapeOf(string text, bool isTabCell)
    {
        if (text.Length == 0) return isTabCell ? LineShape.EmptyMarker : LineShape.None;
        if (CjkText.IsEmptyMarker(text)) return LineShape.EmptyMarker;
        if (DeadlineParser.LooksLikeDeadline(text)) return LineShape.Deadline;
        if (UnitListParser.IsUnitList(text)) return LineShape.UnitList;
        return LineShape.None;
    }
}
