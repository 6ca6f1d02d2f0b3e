using System.Xml;
using static PolicyParse.Serialization.Xlsx.SpreadsheetXml;

namespace PolicyParse.Serialization.Xlsx;

/// <summary>The few cell styles the workbook uses, in the order of <see cref="CellStyle"/>.</summary>
internal static class WorkbookStyles
{
    private const string DateFormat = "164", MonthFormat = "165";

    /// <summary>The content of styles.xml's stylesheet element, children in schema order.</summary>
    public static void Write(XmlWriter xml)
    {
        xml.WriteStartElement("numFmts", Main);
        Attributes(xml, ("count", "2"));
        Element(xml, "numFmt", ("numFmtId", DateFormat), ("formatCode", "yyyy-mm-dd"));
        Element(xml, "numFmt", ("numFmtId", MonthFormat), ("formatCode", "yyyy-mm"));
        xml.WriteEndElement();

        xml.WriteStartElement("fonts", Main);
        Attributes(xml, ("count", "2"));
        foreach (var bold in new[] { false, true })
        {
            xml.WriteStartElement("font", Main);
            if (bold) Element(xml, "b");
            Element(xml, "sz", ("val", "11"));
            Element(xml, "name", ("val", "Calibri"));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        // Excel requires the first two fills to be none and gray125.
        xml.WriteStartElement("fills", Main);
        Attributes(xml, ("count", "2"));
        foreach (var pattern in new[] { "none", "gray125" })
        {
            xml.WriteStartElement("fill", Main);
            Element(xml, "patternFill", ("patternType", pattern));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("borders", Main);
        Attributes(xml, ("count", "1"));
        xml.WriteStartElement("border", Main);
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" }) Element(xml, side);
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("cellStyleXfs", Main);
        Attributes(xml, ("count", "1"));
        Element(xml, "xf", ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"));
        xml.WriteEndElement();

        // One xf per CellStyle, in its order.
        xml.WriteStartElement("cellXfs", Main);
        Attributes(xml, ("count", "5"));
        Element(xml, "xf", ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"), ("xfId", "0"));
        Format(xml, "0", font: "1", wrap: true, ("applyFont", "1"));
        Format(xml, "0", font: "0", wrap: true);
        Format(xml, DateFormat, font: "0", wrap: false, ("applyNumberFormat", "1"));
        Format(xml, MonthFormat, font: "0", wrap: false, ("applyNumberFormat", "1"));
        xml.WriteEndElement();

        xml.WriteStartElement("cellStyles", Main);
        Attributes(xml, ("count", "1"));
        Element(xml, "cellStyle", ("name", "Normal"), ("xfId", "0"), ("builtinId", "0"));
        xml.WriteEndElement();
    }

    /// <summary>A cell format aligned to the top, wrapping or not.</summary>
    private static void Format(XmlWriter xml, string numberFormat, string font, bool wrap, params (string, string?)[] apply)
    {
        xml.WriteStartElement("xf", Main);
        Attributes(xml, ("numFmtId", numberFormat), ("fontId", font), ("fillId", "0"), ("borderId", "0"), ("xfId", "0"));
        Attributes(xml, apply);
        Attributes(xml, ("applyAlignment", "1"));
        Element(xml, "alignment", ("vertical", "top"), ("wrapText", wrap ? "1" : null));
        xml.WriteEndElement();
    }
}
