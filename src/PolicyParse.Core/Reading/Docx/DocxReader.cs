using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml;
using PolicyParse.Model;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Reads a Word document's body in order: paragraphs (with the list numbers Word draws) and
/// tables as grids. Headers, footers, footnotes and comments are not part of the body.
/// The XML is read forward once (<see cref="WordXml"/>): no document tree is built.
/// </summary>
internal sealed class DocxReader : ISourceReader
{
    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm"];

    public SourceDocument Read(string path, ReadOnlyMemory<byte> content, string sha256)
    {
        PackageGuard.Check(content.Span);
        // The zip is read in place; a copy is made only for a slice of a larger buffer.
        using var stream = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        using var zip = PackageGuard.OpenChecked(stream);
        try
        {
            var package = DocxPackage.Open(zip) ?? throw new InputException(FailureKind.UnsupportedFormat, "the .docx has no main document part");
            WordNumbering numbering;
            using (Stream? numberingPart = package.OpenNumbering(), styles = package.OpenStyles())
                numbering = new WordNumbering(numberingPart, styles);
            using var reader = WordXml.Open(package.OpenMain());
            if (!WordXml.ReadTo(reader, "body"))
                throw new InputException(FailureKind.UnsupportedFormat, "the .docx has no body");
            var blocks = ReadBody(reader, numbering);
            if (blocks.Count == 0)
                throw new InputException(FailureKind.Empty, "the document holds no text");
            return new SourceDocument(new SourceInfo(path, Format, null, sha256), blocks);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or FormatException)
        {
            throw new InputException(FailureKind.UnsupportedFormat, $"the .docx is corrupt or not a Word document ({e.Message.TrimEnd('.')})");
        }
    }

    private static List<Block> ReadBody(XmlReader body, WordNumbering numbering)
    {
        var blocks = new List<Block>();
        int paragraphs = 0, tables = 0;
        Walk(body);
        return blocks;

        void Walk(XmlReader container) => WordXml.Children(container, element =>
        {
            if (!WordXml.IsWord(element))
            {
                element.Skip();
                return;
            }
            switch (element.LocalName)
            {
                case "p":
                    paragraphs++;
                    blocks.Add(ReadParagraph(element, numbering, paragraphs));
                    break;
                case "tbl":
                    var grid = WordTableReader.Read(element, ++tables);
                    if (grid.Rows.Count > 0) blocks.Add(grid);
                    break;
                // Content controls and custom XML wrap ordinary body content.
                case "sdt" or "sdtContent" or "customXml":
                    Walk(element);
                    break;
                default:
                    element.Skip();
                    break;
            }
        });
    }

    /// <summary>A body paragraph: its list label (from its w:pPr, read first) and its text.</summary>
    private static ParagraphBlock ReadParagraph(XmlReader p, WordNumbering numbering, int number)
    {
        ParagraphNumbering? list = null;
        var text = new System.Text.StringBuilder();
        WordXml.Children(p, child =>
        {
            if (list is null && WordXml.Is(child, "pPr"))
                list = ParagraphNumbering.Read(child);
            else
                WordText.AppendChild(child, text);
        });
        return new ParagraphBlock(numbering.NextLabel(list ?? default) + text, new Origin { Paragraph = number });
    }
}
