using System.Xml;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Forward-only walking of WordprocessingML with an <see cref="XmlReader"/>: the body is read once,
/// in order, without building a tree of the document (the Open XML SDK's typed tree cost more than
/// the rest of the parse for a notice).
/// </summary>
internal static class WordXml
{
    /// <summary>The transitional namespace (what Word, WPS and LibreOffice write).</summary>
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The strict namespace (ISO 29500 strict, "Save as Strict Open XML").</summary>
    public const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    public static XmlReader Open(Stream stream) => XmlReader.Create(stream, Settings);

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    /// <summary>True when the reader is on a WordprocessingML element with this local name.</summary>
    public static bool Is(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && IsWord(reader) && reader.LocalName == localName;

    public static bool IsWord(XmlReader reader) => reader.NamespaceURI is Main or Strict;

    /// <summary>The element's <c>w:val</c> attribute (or the named one), or null.</summary>
    public static string? Attribute(XmlReader reader, string name = "val") =>
        reader.GetAttribute(name, Main) ?? reader.GetAttribute(name, Strict);

    /// <summary>An integer attribute as the SDK's Int32Value reads it; null when absent or not a number.</summary>
    public static int? IntAttribute(XmlReader reader, string name = "val")
    {
        var text = Attribute(reader, name);
        if (text is null) return null;
        try
        {
            return XmlConvert.ToInt32(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// Calls <paramref name="child"/> for each child element of the element the reader is on; the
    /// callback must consume the whole child (read past its end, e.g. with <see cref="XmlReader.Skip"/>).
    /// Leaves the reader on the node after the element's end.
    /// </summary>
    public static void Children(XmlReader reader, Action<XmlReader> child)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element) child(reader);
            else reader.Read();
        }
        reader.Read(); // the element's end tag
    }

    /// <summary>Reads to the first element with this local name in the document; false when none.</summary>
    public static bool ReadTo(XmlReader reader, string localName)
    {
        while (reader.Read())
            if (Is(reader, localName))
                return true;
        return false;
    }
}
