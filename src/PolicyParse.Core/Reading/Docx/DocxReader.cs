using System.IO.Packaging;
using System.Runtime.InteropServices;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyParse.Model;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Reads a Word document's body in order: paragraphs (with the list numbers Word draws) and
/// tables as grids. Headers, footers, footnotes and comments are not part of the body.
/// </summary>
internal sealed class DocxReader : ISourceReader
{
    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm"];

    public SourceDocument Read(string path, ReadOnlyMemory<byte> content, string sha256)
    {
        PackageGuard.Check(content.Span);
        // The package reads the bytes in place; a copy is made only for a slice of a larger buffer.
        using var stream = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        PackageGuard.CheckEntries(stream);
        try
        {
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            var main = document.MainDocumentPart ?? throw new InputException(FailureKind.UnsupportedFormat, "the .docx has no main document part");
            var body = main.Document?.Body ?? throw new InputException(FailureKind.UnsupportedFormat, "the .docx has no body");
            var blocks = ReadBody(body, new WordNumbering(main));
            if (blocks.Count == 0)
                throw new InputException(FailureKind.Empty, "the document holds no text");
            return new SourceDocument(new SourceInfo(path, Format, null, sha256), blocks);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or InvalidDataException or FormatException)
        {
            throw new InputException(FailureKind.UnsupportedFormat, $"the .docx is corrupt or not a Word document ({e.Message.TrimEnd('.')})");
        }
    }

    private static List<Block> ReadBody(OpenXmlElement body, WordNumbering numbering)
    {
        var blocks = new List<Block>();
        int paragraphs = 0, tables = 0;
        Walk(body);
        return blocks;

        void Walk(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph p:
                        paragraphs++;
                        var text = numbering.NextLabel(p) + WordText.Of(p);
                        blocks.Add(new ParagraphBlock(text, new Origin { Paragraph = paragraphs }));
                        break;
                    case Table table:
                        var grid = WordTableReader.Read(table, ++tables);
                        if (grid.Rows.Count > 0) blocks.Add(grid);
                        break;
                    // Content controls and custom XML wrap ordinary body content.
                    case SdtBlock or SdtContentBlock or CustomXmlBlock:
                        Walk(element);
                        break;
                }
            }
        }
    }
}
