using System.IO.Compression;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using PolicyParse.Model;
using PolicyParse.Pipeline;
using FailureKind = PolicyParse.FailureKind;
using ParagraphBlock = PolicyParse.Reading.ParagraphBlock;
using PolicyParse.Reading.Docx;
using static PolicyParse.Tests.Reading.Docx.DocxBuilder;

namespace PolicyParse.Tests.Reading.Docx;

public class DocxReaderTests
{
    private static readonly string[] Header = ["重点任务", "具体工作", "牵头单位", "配合单位", "完成时限"];

    private static TableRow HeaderCells() => HeaderRow(Header.Select(h => Cell(h)).ToArray());

    private static NoticeDocument ParseDocx(DocxBuilder builder)
    {
        using var dir = new TestData.TempDir();
        var path = dir.File("notice.docx");
        builder.Save(path);
        return TestData.Parse(path);
    }

    private static DocxBuilder Notice() => new DocxBuilder()
        .Paragraph("2023年某区政务服务工作要点")
        .Paragraph("一、深化审批改革。推进审批提速。")
        .Paragraph("二、优化公共服务。推动服务下沉。")
        .Paragraph("附件：2023年某区政务服务工作任务分解");

    [Fact]
    public void Vertical_merges_carry_the_key_task_and_multi_paragraph_unit_cells_split()
    {
        var doc = ParseDocx(Notice().Element(Table(
            HeaderCells(),
            Row(Merge(Cell("一、深化审批改革"), true), Cell("推进审批", "提速。"), Cell("区政务服务中心", "区司法局"), Cell("区级有关部门"), Cell("持续推进")),
            Row(Merge(Cell(), false), Cell("压减审批时限。"), Cell("区司法局"), Cell(), Cell("2023年12月31日")))));

        Assert.Equal(2, doc.Tasks.Count);
        Assert.All(doc.Tasks, t => Assert.Equal(new KeyTask("一", 1, "深化审批改革"), t.KeyTask));
        Assert.Equal("推进审批提速。", doc.Tasks[0].Text);
        Assert.Equal(["区政务服务中心", "区司法局"], doc.Tasks[0].Lead);
        Assert.Empty(doc.Tasks[1].Support);
        Assert.Equal(new Origin { Table = 1, Row = 3 }, doc.Tasks[1].Origin);
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
    }

    [Fact]
    public void A_title_row_spanning_the_table_and_empty_rows_are_skipped()
    {
        var doc = ParseDocx(Notice().Element(Table(
            Row(Span(Cell("2023年某区政务服务工作任务分解"), 5)),
            HeaderCells(),
            Row(Cell("一、深化审批改革"), Cell("推进审批提速。"), Cell("区政务服务中心"), Cell("——"), Cell("持续推进")),
            Row(Cell(), Cell(), Cell(), Cell(), Cell()))));

        var task = Assert.Single(doc.Tasks);
        Assert.Equal("推进审批提速。", task.Text);
        Assert.Empty(task.Support);
    }

    [Fact]
    public void Grid_span_inside_a_row_keeps_later_cells_in_their_columns()
    {
        // 具体工作 spans two grid columns in a table whose header also spans them.
        var doc = ParseDocx(Notice().Element(Table(
            HeaderRow(Cell("重点任务"), Span(Cell("具体工作"), 2), Cell("牵头单位"), Cell("配合单位"), Cell("完成时限")),
            Row(Cell("一、深化审批改革"), Span(Cell("推进审批提速。"), 2), Cell("区政务服务中心"), Cell("区级有关部门"), Cell("2023年6月前")))));

        var task = Assert.Single(doc.Tasks);
        Assert.Equal(["区政务服务中心"], task.Lead);
        Assert.Equal("2023-06", task.Deadline.Date);
    }

    [Fact]
    public void A_two_row_header_refines_a_spanned_column_into_lead_and_support()
    {
        var doc = ParseDocx(Notice().Element(Table(
            HeaderRow(Merge(Cell("重点任务"), true), Merge(Cell("具体工作"), true), Span(Cell("责任单位"), 2), Merge(Cell("完成时限"), true)),
            HeaderRow(Merge(Cell(), false), Merge(Cell(), false), Cell("牵头单位"), Cell("配合单位"), Merge(Cell(), false)),
            Row(Cell("一、深化审批改革"), Cell("推进审批提速。"), Cell("区政务服务中心"), Cell("区级有关部门"), Cell("持续推进")))));

        var task = Assert.Single(doc.Tasks);
        Assert.Equal(new KeyTask("一", 1, "深化审批改革"), task.KeyTask);
        Assert.Equal(["区政务服务中心"], task.Lead);
        Assert.Equal(["区级有关部门"], task.Support);
        Assert.Empty(task.Warnings);
    }

    [Fact]
    public void A_responsible_header_spanning_two_columns_keeps_both_cells()
    {
        var doc = ParseDocx(Notice().Element(Table(
            HeaderRow(Cell("重点任务"), Cell("具体工作"), Span(Cell("责任单位"), 2), Cell("完成时限")),
            Row(Cell("一、深化审批改革"), Cell("推进审批提速。"), Cell("区政务服务中心"), Cell("区司法局"), Cell("持续推进")),
            Row(Cell(""), Cell("压减审批时限。"), Span(Cell("区民政局"), 2), Cell("持续推进")))));

        Assert.Equal(["区政务服务中心", "区司法局"], doc.Tasks[0].Lead);
        Assert.Equal(["区民政局"], doc.Tasks[1].Lead);
    }

    [Fact]
    public void A_table_split_after_a_page_break_with_a_repeated_header_is_stitched()
    {
        var doc = ParseDocx(Notice()
            .Element(Table(HeaderCells(), Row(Cell("一、深化审批改革"), Cell("推进审批提速。"), Cell("区政务服务中心"), Cell(), Cell("持续推进"))))
            .Paragraph("")
            .Element(Table(HeaderCells(), Row(Cell("二、优化公共服务"), Cell("推动服务下沉。"), Cell("区民政局"), Cell(), Cell("持续推进"))))
            .Element(Table(Row(Cell(""), Cell("完善便民服务。"), Cell("区民政局"), Cell("各乡镇（街道）"), Cell("2023年9月底前")))));

        Assert.Equal(["推进审批提速。", "推动服务下沉。", "完善便民服务。"], doc.Tasks.Select(t => t.Text));
        Assert.Equal([1, 2, 2], doc.Tasks.Select(t => t.KeyTask?.Ordinal));
        Assert.Equal(3, doc.Tasks[2].Origin.Table);
    }

    [Fact]
    public void A_table_nested_in_a_cell_contributes_its_text()
    {
        var nested = Cell("区政务服务中心");
        nested.Append(Table(Row(Cell("区司法局"))));
        var doc = ParseDocx(Notice().Element(Table(
            HeaderCells(),
            Row(Cell("一、深化审批改革"), Cell("推进审批提速。"), nested, Cell(), Cell("持续推进")))));

        Assert.Equal(["区政务服务中心", "区司法局"], Assert.Single(doc.Tasks).Lead);
    }

    [Fact]
    public void Word_list_numbers_are_seen_as_typed_headings()
    {
        var doc = ParseDocx(new DocxBuilder()
            .List(1, ("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))
            .Paragraph("2023年某区政务服务工作要点")
            .ListParagraph(1, 0, "总体要求")
            .Paragraph("以人民为中心。")
            .ListParagraph(1, 0, "主要任务")
            .ListParagraph(1, 1, "深化审批改革。推进审批提速。")
            .ListParagraph(1, 2, "压减时限。")
            .ListParagraph(1, 2, "简化材料。")
            .ListParagraph(1, 1, "优化公共服务。")
            .ListParagraph(1, 2, "推动下沉。"));

        Assert.Equal(["一", "二"], doc.Sections.Select(s => s.Number));
        Assert.Equal(["（一）", "（二）"], doc.Sections[1].Sections.Select(s => s.Number));
        Assert.Equal(["1.", "2."], doc.Sections[1].Sections[0].Sections.Select(s => s.Number));
        Assert.Equal(["1."], doc.Sections[1].Sections[1].Sections.Select(s => s.Number)); // level 3 restarts
        Assert.Equal("以人民为中心。", doc.Sections[0].Text);
    }

    [Theory]
    [InlineData("chineseCounting", 14, "十四")]
    [InlineData("chineseCountingThousand", 20, "二十")]
    [InlineData("taiwaneseCountingThousand", 3, "三")]
    [InlineData("ideographDigital", 10, "一〇")]
    [InlineData("decimal", 12, "12")]
    [InlineData("decimalFullWidth", 7, "７")]
    [InlineData("chineseLegalSimplified", 3, "叁")]
    [InlineData("decimalEnclosedCircle", 2, "②")]
    public void Number_formats_render_as_word_draws_them(string format, int n, string expected) =>
        Assert.Equal(expected, WordNumbering.Format(n, format));

    [Fact]
    public void Page_headers_footnotes_and_comments_stay_out_of_the_body()
    {
        using var dir = new TestData.TempDir();
        var path = dir.File("notice.docx");
        Notice().PageHeader("页眉文字").Footnote("脚注文字").Comment("批注文字").Save(path);

        var source = new NoticeParser().Read(path);
        var text = string.Concat(source.Blocks.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Contains("深化审批改革", text);
        Assert.DoesNotContain("页眉", text);
        Assert.DoesNotContain("脚注", text);
        Assert.DoesNotContain("批注", text);
        Assert.Equal("docx", source.Source.Format);
    }

    [Fact]
    public void A_table_typed_as_tab_separated_paragraphs_goes_through_the_text_path()
    {
        var doc = ParseDocx(Notice()
            .Element(new Paragraph(new Run(new W.Text("重点任务"), new TabChar(), new W.Text("具体工作"), new TabChar(), new W.Text("牵头单位"), new TabChar(), new W.Text("配合单位"), new TabChar(), new W.Text("完成时限"))))
            .Element(new Paragraph(new Run(new W.Text("一、深化审批改革"), new TabChar(), new W.Text("推进审批提速。"), new TabChar(), new W.Text("区政务服务中心"), new TabChar(), new W.Text("区级有关部门"), new TabChar(), new W.Text("持续推进"))))
            .Element(new Paragraph(new Run(new TabChar(), new W.Text("压减审批时限。"), new TabChar(), new W.Text("区司法局"), new TabChar(), new TabChar(), new W.Text("2023年12月31日")))));

        Assert.Equal(["推进审批提速。", "压减审批时限。"], doc.Tasks.Select(t => t.Text));
        Assert.Equal([1, 1], doc.Tasks.Select(t => t.KeyTask?.Ordinal));
        Assert.Equal(["区司法局"], doc.Tasks[1].Lead);
        Assert.Contains(doc.Diagnostics, d => d.Code == "table.strategy" && d.Message.Contains("tab-separated-rows"));
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "legacy-doc", "legacy binary document" },
        { "encrypted", "password-protected" },
        { "rtf", "RTF document" },
        { "truncated", "corrupt" },
        { "not-word-zip", "no Word document" },
        { "zip-bomb", "zip bomb" },
        { "text", "not a .docx" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_docx_inputs_are_refused_with_a_precise_reason(string kind, string message)
    {
        using var dir = new TestData.TempDir();
        var path = dir.File(kind + ".docx");
        WriteBadFile(kind, path);

        var result = new NoticeParser().ParseFile(path);

        Assert.NotNull(result.Failure);
        Assert.Equal(FailureKind.UnsupportedFormat, result.Failure.Kind);
        Assert.Contains(message, result.Failure.Message);
    }

    internal static void WriteBadFile(string kind, string path)
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        switch (kind)
        {
            case "legacy-doc":
                File.WriteAllBytes(path, [.. ole, .. new byte[504], .. System.Text.Encoding.Unicode.GetBytes("WordDocument")]);
                break;
            case "encrypted":
                File.WriteAllBytes(path, [.. ole, .. new byte[504], .. System.Text.Encoding.Unicode.GetBytes("EncryptionInfo"), .. System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")]);
                break;
            case "rtf":
                File.WriteAllText(path, @"{\rtf1\ansi 关于印发}");
                break;
            case "truncated":
                var full = File.ReadAllBytes(TestData.Fixture("docx/2021-fuling.docx"));
                File.WriteAllBytes(path, full[..(full.Length / 2)]);
                break;
            case "not-word-zip":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
                    writer.Write("not a document");
                break;
            case "zip-bomb":
                // 64 MiB of zeros deflate to a few dozen KiB: the guard must refuse before inflating.
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
                    var zeros = new byte[1024 * 1024];
                    for (var i = 0; i < 64; i++) entry.Write(zeros);
                }
                break;
            case "text":
                File.WriteAllText(path, "一、总体要求");
                break;
        }
    }
}
