using System.Text;
using System.Xml;

namespace PolicyParse.Serialization.Xlsx;

/// <summary>
/// Writes SpreadsheetML part XML with an <see cref="XmlWriter"/>. The workbook is written as text
/// instead of through the OpenXML SDK: its package and typed elements root the SDK's whole schema
/// in the native binary (about 40% of its code and much of the data expanded at every start), which
/// every run paid for, not only workbook writes (benchmarks/RESULTS.md). The tests read every
/// workbook back and check it with the SDK's schema validator.
/// </summary>
internal static class SpreadsheetXml
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Writes a part's root element in the main namespace, its content from <paramref name="body"/>.</summary>
    public static void WriteRoot(XmlWriter xml, string root, Action<XmlWriter> body)
    {
        xml.WriteStartElement(root, Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        body(xml);
        xml.WriteEndElement();
    }

    /// <summary>Writes an element with attributes given as name/value pairs (null values left out).</summary>
    public static void Element(XmlWriter xml, string name, params (string Name, string? Value)[] attributes)
    {
        xml.WriteStartElement(name, Main);
        Attributes(xml, attributes);
        xml.WriteEndElement();
    }

    public static void Attributes(XmlWriter xml, params (string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
            if (value is not null) xml.WriteAttributeString(name, value);
    }

    /// <summary>
    /// Text as XML 1.0 can carry it: characters it forbids (most C0 controls, lone surrogates)
    /// become U+FFFD. A cell cannot hold them in any workbook, and the writer would refuse them.
    /// </summary>
    public static string Storable(string text)
    {
        StringBuilder? builder = null; // made at the first character that must be replaced
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) builder?.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder?.Append(text, i, 2);
                i++;
            }
            else (builder ??= new StringBuilder(text.Length).Append(text, 0, i)).Append('\uFFFD');
        }
        return builder?.ToString() ?? text;
    }
}
