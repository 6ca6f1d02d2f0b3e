using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyParse.Reading.Docx;

/// <summary>The visible text of a paragraph: runs joined, tabs and breaks kept, deletions and field codes left out.</summary>
internal static class WordText
{
    public static string Of(OpenXmlElement paragraph)
    {
        var sb = new StringBuilder();
        Append(paragraph, sb);
        return sb.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); break;
                case TabChar or PositionalTab: sb.Append('\t'); break;
                case Break { Type.Value: var type } when type == BreakValues.Page || type == BreakValues.Column: break;
                case Break or CarriageReturn: sb.Append(' '); break;
                case NoBreakHyphen: sb.Append('-'); break;
                case SoftHyphen: break;
                case SymbolChar sym: AppendSymbol(sym, sb); break;
                // Tracked deletions, field instructions, footnote/comment marks and drawings are not body text.
                case DeletedRun or DeletedText or FieldCode or DeletedFieldCode or FootnoteReference or EndnoteReference
                    or CommentReference or CommentRangeStart or CommentRangeEnd or Drawing or ParagraphProperties or RunProperties: break;
                // Nested tables are read by the table reader; a paragraph never holds one.
                default: Append(child, sb); break;
            }
        }
    }

    /// <summary>w:sym stores a code point, in the Symbol-font private range F0xx for common symbols.</summary>
    private static void AppendSymbol(SymbolChar sym, StringBuilder sb)
    {
        if (!int.TryParse(sym.Char?.Value, System.Globalization.NumberStyles.HexNumber, null, out var code)) return;
        if (code >= 0xF000) code -= 0xF000;
        if (code is >= 0x20 and < 0xD800) sb.Append((char)code);
    }
}
