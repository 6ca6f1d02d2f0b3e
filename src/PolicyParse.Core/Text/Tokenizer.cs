using PolicyParse.Lexicon;
using PolicyParse.Reading;

namespace PolicyParse.Text;

/// <summary>Normalizes the paragraphs of a <see cref="SourceDocument"/> and classifies each line.</summary>
internal static class Tokenizer
{
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
        else if (MetadataLabels.IsMetadataLine(text) || DateLine.TryParse(text, out _)) kind = LineKind.Metadata;
        else kind = LineKind.Text;

        return new TextLine(index, raw, text, kind, shape, heading, paragraph.Origin);
    }

    private static LineShape ShapeOf(string text, bool isTabCell)
    {
        if (text.Length == 0) return isTabCell ? LineShape.EmptyMarker : LineShape.None;
        if (CjkText.IsEmptyMarker(text)) return LineShape.EmptyMarker;
        if (DeadlineWords.LooksLikeDeadline(text)) return LineShape.Deadline;
        if (UnitNames.IsUnitList(text)) return LineShape.UnitList;
        return LineShape.None;
    }
}
