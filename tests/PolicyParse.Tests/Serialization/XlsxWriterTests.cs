using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PolicyParse.Cli;
using PolicyParse.Cli.Commands;
using PolicyParse.Serialization;
using PolicyParse.Tests.Cli;

namespace PolicyParse.Tests.Serialization;

/// <summary>The Excel workbook, read back with the OpenXML SDK as Excel would read it.</summary>
public class XlsxWriterTests
{
    private static byte[] Workbook(string sample)
    {
        using var stream = new MemoryStream();
        new PolicyParse.Serialization.Xlsx.XlsxNoticeWriter().Write(TestData.Parse(TestData.Sample(sample)), stream);
        return stream.ToArray();
    }

    private static List<List<Cell>> Rows(SpreadsheetDocument document, string sheetName)
    {
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)book.GetPartById(sheet.Id!);
        return part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    [Fact]
    public void Tasks_notice_and_warnings_sheets_with_one_row_per_task()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(TestData.Fuling2021)), false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Tasks", "Notice", "Warnings"], names);

        var tasks = Rows(document, "Tasks");
        var parsed = TestData.Parse(TestData.Sample(TestData.Fuling2021));
        Assert.Equal(parsed.Tasks.Count + 1, tasks.Count);
        var first = parsed.Tasks[0];
        Assert.Equal(first.Text, Text(tasks[1][3]));
        Assert.Equal(string.Join("、", first.Lead), Text(tasks[1][4]));
        Assert.Contains("2021年涪陵区政务服务工作要点", Rows(document, "Notice").Select(r => Text(r[1])));
    }

    [Theory]
    [InlineData(TestData.Fuling2021)]
    [InlineData(TestData.Chongqing2022)]
    public void The_workbook_passes_the_OpenXML_schema_validator(string sample)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(sample)), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document);
        Assert.Empty(errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void A_dated_deadline_is_a_real_date_cell_beside_its_text()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(TestData.Fuling2021)), false);
        var parsed = TestData.Parse(TestData.Sample(TestData.Fuling2021));
        var dated = parsed.Tasks.First(t => t.Deadline.Kind == "date");
        var row = Rows(document, "Tasks")[dated.Index];

        Assert.Equal(dated.Deadline.Text, Text(row[6]));
        var cell = row[7];
        Assert.Null(cell.DataType); // a number, not text
        var serial = double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(dated.Deadline.Date, DateTime.FromOADate(serial).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var format = (CellFormat)document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.ElementAt((int)cell.StyleIndex!.Value);
        Assert.Equal(164u, format.NumberFormatId!.Value); // yyyy-mm-dd
    }

    [Fact]
    public void The_header_is_frozen_and_text_wraps()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(TestData.Fuling2021)), false);
        var book = document.WorkbookPart!;
        var part = (WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var pane = part.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        var textCell = Rows(document, "Tasks")[1][3];
        var format = (CellFormat)book.WorkbookStylesPart!.Stylesheet.CellFormats!.ElementAt((int)textCell.StyleIndex!.Value);
        Assert.True(format.Alignment!.WrapText!.Value);
        Assert.All(part.Worksheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 4, 61));
    }

    [Fact]
    public void Warnings_of_tasks_are_listed_one_per_row()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(TestData.Chongqing2022)), false);
        var parsed = TestData.Parse(TestData.Sample(TestData.Chongqing2022));
        var warnings = Rows(document, "Warnings").Skip(1).Where(r => Text(r[1]) == "warning" && Text(r[0]).Length > 0).ToList();
        Assert.Equal(parsed.Tasks.Sum(t => t.Warnings.Count), warnings.Count);
    }

    [Fact]
    public void Bytes_are_deterministic_no_entry_carries_the_time_of_writing()
    {
        var bytes = Workbook(TestData.Fuling2021);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
        Assert.Equal(bytes, Workbook(TestData.Fuling2021));
    }

    [Fact]
    public void Characters_XML_cannot_carry_become_replacement_characters_and_the_workbook_stays_valid()
    {
        var parsed = TestData.Parse(TestData.Sample(TestData.Fuling2021));
        var first = parsed.Tasks[0] with { Text = "控制\u0001字符\uD800与\U0001F600" };
        var document = parsed with { Tasks = [first, .. parsed.Tasks.Skip(1)] };
        using var stream = new MemoryStream();
        new PolicyParse.Serialization.Xlsx.XlsxNoticeWriter().Write(document, stream);

        using var book = SpreadsheetDocument.Open(new MemoryStream(stream.ToArray()), false);
        Assert.Equal("控制\uFFFD字符\uFFFD与\U0001F600", Text(Rows(book, "Tasks")[1][3]));
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(book);
        Assert.Empty(errors.Select(e => e.Description));
    }

    [Fact]
    public void The_cli_writes_xlsx_to_a_file_and_refuses_it_on_a_terminal()
    {
        using var dir = new TestData.TempDir();
        var r = CliProcess.Run("extract", TestData.Sample(TestData.Fuling2021), "-f", "xlsx", "-o", dir.File("x.xlsx"));
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(dir.File("x.xlsx"))[..2]);

        // Redirected (a pipe): written.
        var piped = CliProcess.Run("extract", TestData.Sample(TestData.Fuling2021), "-f", "xlsx");
        Assert.Equal(ExitCodes.Success, piped.ExitCode);
        Assert.Equal("PK"u8.ToArray(), piped.Stdout[..2]);

        // A terminal: refused, nothing written.
        var stderr = new StringWriter();
        var stdout = new MemoryStream();
        var command = ExtractCommand.Create(stderr, () => stdout, () => Stream.Null, stdoutIsTerminal: () => true);
        var code = new System.CommandLine.RootCommand { command }.Parse(["extract", TestData.Sample(TestData.Fuling2021), "-f", "xlsx"]).Invoke();
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(stdout.ToArray());
        Assert.Contains("a workbook is binary", stderr.ToString());
    }
}
