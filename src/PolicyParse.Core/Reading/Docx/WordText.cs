using System.Text;
using System.Xml;

namespace PolicyParse.Reading.Docx;

/// <summary>The visible text of a paragraph: runs joined, tabs and breaks kept, deletions and field codes left out.</summary>
internal static class WordText
{
    /// <summary>Reads the paragraph the reader is on (to past its end) and returns its text.</summary>
    public static string Of(XmlReader paragraph)
    {
        var sb = new StringBuilder();
        AppendChildren(paragraph, sb);
        return sb.ToString();
    }

    /// <summary>Appends the text of the element's children and reads past the element.</summary>
    public static void AppendChildren(XmlReader element, StringBuilder sb) => WordXml.Children(element, child => AppendChild(child, sb));

    public static void AppendChild(XmlReader element, StringBuilder sb)
    {
        if (!WordXml.IsWord(element))
        {
            // Markup of other vocabularies (mc:AlternateContent, v:shape, wps:txbx …) wraps body content.
            AppendChildren(element, sb);
            return;
        }
        switch (element.LocalName)
        {
            case "t": AppendText(element, sb); break;
            case "tab" or "ptab": sb.Append('\t'); element.Skip(); break;
            case "br" when WordXml.Attribute(element, "type") is "page" or "column": element.Skip(); break;
            case "br" or "cr": sb.Append(' '); element.Skip(); break;
            case "noBreakHyphen": sb.Append('-'); element.Skip(); break;
            case "softHyphen": element.Skip(); break;
            case "sym": AppendSymbol(element, sb); element.Skip(); break;
            // Tracked deletions, field instructions, footnote/comment marks and drawings are not body text.
            case "del" or "delText" or "instrText" or "delInstrText" or "footnoteReference" or "endnoteReference"
                or "commentReference" or "commentRangeStart" or "commentRangeEnd" or "drawing" or "pPr" or "rPr":
                element.Skip();
                break;
            // Nested tables are read by the table reader; a paragraph never holds one.
            default: AppendChildren(element, sb); break;
        }
    }

    private static void AppendText(XmlReader t, StringBuilder sb)
    {
        if (t.IsEmptyElement)
        {
            t.Read();
            return;
        }
        var depth = t.Depth;
        t.Read();
        while (t.Depth > depth)
        {
            if (t.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
                sb.Append(t.Value);
            t.Read();
        }
        t.Read();
    }

    /// <summary>w:sym stores a code point, in the Symbol-font private range F0xx for common symbols.</summary>
    private static void AppendSymbol(XmlReader sym, StringBuilder sb)
    {
        if (!int.TryParse(WordXml.Attribute(sym, "char"), System.Globalization.NumberStyles.HexNumber, null, out var code)) return;
        if (code >= 0xF000) code -= 0xF000;
        if (code is >= 0x20 and < 0xD800) sb.Append((char)code);
    }
}
