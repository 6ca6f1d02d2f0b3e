using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyParse.Tests.Reading.Docx;

/// <summary>
/// Builds small .docx files with the OpenXml SDK for structure tests. Real word-processor output
/// is covered by the LibreOffice fixtures; these isolate one structure each.
/// </summary>
public sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<(int NumId, string Format, string LevelText, int Level)> _lists = [];
    private string? _headerText, _footnoteText, _commentText;

    public DocxBuilder Paragraph(string text)
    {
        _body.Add(new Paragraph(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    public DocxBuilder Element(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    /// <summary>A paragraph numbered by Word: its text has no number, numbering.xml draws it.</summary>
    public DocxBuilder ListParagraph(int numId, int level, string text)
    {
        _body.Add(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            new Run(new W.Text(text))));
        return this;
    }

    /// <summary>Declares list <paramref name="numId"/> with one abstract definition per level (format, level text like %1、).</summary>
    public DocxBuilder List(int numId, params (string Format, string LevelText)[] levels)
    {
        for (var l = 0; l < levels.Length; l++) _lists.Add((numId, levels[l].Format, levels[l].LevelText, l));
        return this;
    }

    public DocxBuilder PageHeader(string text) { _headerText = text; return this; }
    public DocxBuilder Footnote(string text) { _footnoteText = text; return this; }
    public DocxBuilder Comment(string text) { _commentText = text; return this; }

    public static TableCell Cell(params string[] paragraphs) =>
        new(paragraphs.Length == 0 ? [new Paragraph()] : paragraphs.Select(p => new Paragraph(new Run(new W.Text(p)))).ToArray());

    public static TableCell Merge(TableCell cell, bool restart)
    {
        cell.TableCellProperties ??= new TableCellProperties();
        cell.TableCellProperties.VerticalMerge = new VerticalMerge { Val = restart ? MergedCellValues.Restart : MergedCellValues.Continue };
        return cell;
    }

    public static TableCell Span(TableCell cell, int columns)
    {
        cell.TableCellProperties ??= new TableCellProperties();
        cell.TableCellProperties.GridSpan = new GridSpan { Val = columns };
        return cell;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableRow HeaderRow(params TableCell[] cells) => new([new TableRowProperties(new TableHeader()), .. cells]);

    public static Table Table(params TableRow[] rows) => new([new TableProperties(), .. rows]);

    public void Save(string path)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new Body(_body.Select(e => e.CloneNode(true)));
        main.Document = new Document(body);

        if (_lists.Count > 0)
        {
            var numbering = new Numbering();
            foreach (var group in _lists.GroupBy(l => l.NumId))
            {
                numbering.Append(new AbstractNum(group.Select(l => new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(l.Format)) },
                    new LevelText { Val = l.LevelText }) { LevelIndex = l.Level })) { AbstractNumberId = group.Key });
            }
            foreach (var group in _lists.GroupBy(l => l.NumId))
                numbering.Append(new NumberingInstance(new AbstractNumId { Val = group.Key }) { NumberID = group.Key });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }
        if (_headerText is not null)
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new Run(new W.Text(_headerText))));
            body.Append(new SectionProperties(new HeaderReference { Id = main.GetIdOfPart(header), Type = HeaderFooterValues.Default }));
        }
        if (_footnoteText is not null)
        {
            var part = main.AddNewPart<FootnotesPart>();
            part.Footnotes = new Footnotes(new Footnote(new Paragraph(new Run(new W.Text(_footnoteText)))) { Id = 1 });
            body.GetFirstChild<Paragraph>()!.Append(new Run(new FootnoteReference { Id = 1 }));
        }
        if (_commentText is not null)
        {
            var part = main.AddNewPart<WordprocessingCommentsPart>();
            part.Comments = new Comments(new Comment(new Paragraph(new Run(new W.Text(_commentText)))) { Id = "0", Author = "test" });
            body.GetFirstChild<Paragraph>()!.Append(new CommentRangeStart { Id = "0" }, new CommentRangeEnd { Id = "0" }, new Run(new CommentReference { Id = "0" }));
        }
        main.Document.Save();
    }
}
