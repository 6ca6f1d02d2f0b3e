using System.IO.Compression;
using System.Xml;
using static PolicyParse.Serialization.Xlsx.SpreadsheetXml;

namespace PolicyParse.Serialization.Xlsx;

/// <summary>
/// Writes named worksheets as an .xlsx package: the content types, two relationship parts, the
/// workbook, its styles and one part per sheet, each written by <see cref="SpreadsheetXml"/>. Every
/// entry carries a fixed timestamp (a zip entry otherwise records the time of writing) and the
/// relationship ids are fixed, so the same notice gives the same bytes.
/// </summary>
internal static class XlsxPackage
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string ContentTypePrefix = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private const string RelationshipTypePrefix = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false };

    public static void Write(IReadOnlyList<(string Name, SheetBuilder Sheet)> sheets, Stream output)
    {
        // ZipArchive in create mode needs no seeking, but the package is built whole before any
        // byte reaches the output, as before.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", xml => WriteContentTypes(xml, sheets.Count));
            Entry(zip, "_rels/.rels", xml => WriteRelationships(xml, [("rIdWorkbook", "officeDocument", "xl/workbook.xml")]));
            Entry(zip, "xl/workbook.xml", xml => WriteRoot(xml, "workbook", w => WriteWorkbook(w, sheets)));
            Entry(zip, "xl/_rels/workbook.xml.rels", xml => WriteRelationships(xml,
                [("rIdStyles", "styles", "styles.xml"), .. Enumerable.Range(0, sheets.Count).Select(i => (SheetId(i), "worksheet", SheetPath(i)))]));
            Entry(zip, "xl/styles.xml", xml => WriteRoot(xml, "styleSheet", WorkbookStyles.Write));
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i].Sheet;
                Entry(zip, "xl/" + SheetPath(i), xml => WriteRoot(xml, "worksheet", sheet.Write));
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static string SheetId(int index) => $"rIdSheet{index + 1}";

    private static string SheetPath(int index) => $"worksheets/sheet{index + 1}.xml";

    private static void Entry(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(true);
        write(xml);
    }

    private static void WriteContentTypes(XmlWriter xml, int sheetCount)
    {
        xml.WriteStartElement("Types", ContentTypes);
        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        Override("/xl/workbook.xml", "sheet.main+xml");
        Override("/xl/styles.xml", "styles+xml");
        for (var i = 0; i < sheetCount; i++) Override("/xl/" + SheetPath(i), "worksheet+xml");
        xml.WriteEndElement();

        void Default(string extension, string type)
        {
            xml.WriteStartElement("Default", ContentTypes);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        void Override(string part, string type)
        {
            xml.WriteStartElement("Override", ContentTypes);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", ContentTypePrefix + type);
            xml.WriteEndElement();
        }
    }

    private static void WriteRelationships(XmlWriter xml, IEnumerable<(string Id, string Type, string Target)> relationships)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship", PackageRelationships);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", RelationshipTypePrefix + type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteWorkbook(XmlWriter xml, IReadOnlyList<(string Name, SheetBuilder Sheet)> sheets)
    {
        xml.WriteStartElement("bookViews", Main);
        Element(xml, "workbookView", ("activeTab", "0"));
        xml.WriteEndElement();
        xml.WriteStartElement("sheets", Main);
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.WriteStartElement("sheet", Main);
            Attributes(xml, ("name", Storable(sheets[i].Name)), ("sheetId", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            xml.WriteAttributeString("r", "id", Relationships, SheetId(i));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
