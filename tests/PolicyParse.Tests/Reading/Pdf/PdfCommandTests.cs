using System.Text.Json;
using PolicyParse.Batch;
using PolicyParse.Tests.Cli;

namespace PolicyParse.Tests.Reading.Pdf;

/// <summary>PDFs through batch and diff, as a user runs them.</summary>
public class PdfCommandTests
{
    [Fact]
    public void Batch_selects_pdfs_by_default()
    {
        using var dir = new TestData.TempDir();
        Directory.CreateDirectory(dir.File("in/2021"));
        File.Copy(TestData.Fixture("pdf/2021-fuling.pdf"), dir.File("in/2021/fuling.pdf"));
        File.Copy(TestData.Fixture("pdf-bad/scanned.pdf"), dir.File("in/scan.pdf"));

        Assert.Contains("**/*.pdf", InputEnumerator.DefaultIncludes);
        var r = CliProcess.RunWith(dir.Path, new Dictionary<string, string> { ["CI"] = "true" }, "batch", "in", "--output", "out", "--fail-on", "never");

        Assert.Equal(0, r.ExitCode);
        var tasks = JsonDocument.Parse(File.ReadAllBytes(dir.File("out/2021/fuling.json"))).RootElement.GetProperty("tasks");
        Assert.Equal(40, tasks.GetArrayLength());
        Assert.False(File.Exists(dir.File("out/scan.json")));
    }

    [Fact]
    public void Diff_of_a_notice_as_pdf_and_as_docx_finds_no_change()
    {
        var r = CliProcess.Run("diff", TestData.Fixture("pdf/2022-chongqing.pdf"), TestData.Fixture("docx/2022-chongqing.docx"), "--format", "json");

        Assert.Equal(0, r.ExitCode);
        var report = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(0, report.GetProperty("added").GetArrayLength());
        Assert.Equal(0, report.GetProperty("removed").GetArrayLength());
        Assert.Equal(0, report.GetProperty("changed").GetArrayLength());
        Assert.Equal(122, report.GetProperty("unchanged").GetInt32());
    }
}
