using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyParse.Reading;
using PolicyParse.Reading.Docx;
using PolicyParse.Tests.Reading.Docx.Reference;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static PolicyParse.Tests.Reading.Docx.DocxBuilder;

namespace PolicyParse.Tests.Reading.Docx;

/// <summary>
/// The streaming reader must read every document exactly as the Open XML SDK's typed tree did
/// (<see cref="ReferenceDocxReader"/>): same paragraphs, labels, grids, merges and origins.
/// </summary>
public class DocxReaderEquivalenceTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestData.Fixture("docx"), "*.docx").Order(StringComparer.Ordinal))
            data.Add("docx/" + Path.GetFileName(file));
        foreach (var file in Directory.GetFiles(Path.Combine(TestData.RepoRoot, "samples"), "*.docx").Order(StringComparer.Ordinal))
            data.Add("samples/" + Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixtures_read_as_with_the_sdk(string name) =>
        AssertSame(File.ReadAllBytes(name.StartsWith("samples/", StringComparison.Ordinal) ? Path.Combine(TestData.RepoRoot, name) : TestData.Fixture(name)));

    [Fact]
    public void Edge_structures_read_as_with_the_sdk()
    {
        var header = HeaderRow(new[] { "重点任务", "具体工作", "牵头单位" }.Select(h => Cell(h)).ToArray());
        var nested = new W.TableCell(new Paragraph(new Run(new W.Text("外层"))),
            new W.Table(new W.TableRow(Cell("内层一"), Cell("内层二"))), new Paragraph());
        var row = new W.TableRow(new TableRowProperties(new GridBefore { Val = 1 }), Merge(Cell("甲"), restart: true), Span(Cell("乙", "丙"), 2));
        var continued = new W.TableRow(Merge(Cell(), restart: false), Cell("丁"), Cell("戊"));
        var builder = new DocxBuilder()
            .List(7, ("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%1.%2.%3"))
            .ListParagraph(7, 0, "总体要求")
            .ListParagraph(7, 1, "深化改革")
            .ListParagraph(7, 2, "三级")
            .ListParagraph(7, 1, "优化服务")
            .ListParagraph(7, 0, "重点任务")
            .Paragraph("  前后空格  ")
            .Element(new Paragraph(new Run(new W.Text("  ")), new Run(new W.Text("   ") { Space = SpaceProcessingModeValues.Preserve })))
            .Element(new Paragraph(new Run(new W.Text("甲"), new TabChar(), new W.Text("乙"), new Break(), new W.Text("丙"),
                new Break { Type = BreakValues.Page }, new CarriageReturn(), new NoBreakHyphen(), new SoftHyphen(),
                new SymbolChar { Char = "F0B7", Font = "Symbol" }, new FieldCode(" PAGE "), new DeletedText("删"))))
            .Element(new Paragraph(new DeletedRun(new Run(new DeletedText("旧"))), new InsertedRun(new Run(new W.Text("新"))),
                new Hyperlink(new Run(new W.Text("链接"))), new SimpleField(new Run(new W.Text("域结果"))) { Instruction = "PAGE" }))
            .Element(new SdtBlock(new SdtProperties(), new SdtContentBlock(new Paragraph(new Run(new W.Text("内容控件"))))))
            .Element(new W.Table(header, row, continued, new W.TableRow(nested, Cell(), Cell()), new W.TableRow()))
            .Element(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new W.Text("样式段落"))))
            .Element(new Paragraph());
        using var dir = new TestData.TempDir();
        var path = dir.File("edge.docx");
        builder.Save(path);
        AssertSame(File.ReadAllBytes(path));
    }

    private static void AssertSame(byte[] bytes)
    {
        var expected = new ReferenceDocxReader().Read("x.docx", bytes, "sha");
        var actual = new DocxReader().Read("x.docx", bytes, "sha");
        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static List<string> Describe(SourceDocument document) => document.Blocks.Select(b => b switch
    {
        ParagraphBlock p => $"P {p.Origin} «{p.Text}»",
        TableBlock t => $"T {t.Origin}\n" + string.Join("\n", t.Rows.Select(r =>
            $"  R {r.Origin} header={r.IsHeader}: " + string.Join(" | ", r.Cells.Select(c => (c.FromMerge ? "^" : "") + string.Join("¶", c.Paragraphs))))),
        _ => b.ToString()!,
    }).ToList();
}
