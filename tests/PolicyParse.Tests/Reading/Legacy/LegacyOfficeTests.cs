using PolicyParse.Cli;
using PolicyParse.Reading;
using PolicyParse.Reading.Legacy;
using PolicyParse.Tests.Cli;
using PolicyParse.Tests.Pipeline;

namespace PolicyParse.Tests.Reading.Legacy;

/// <summary>.doc, .wps and .rtf read through LibreOffice; without it, a one-line hint.</summary>
public class LegacyOfficeTests
{
    private static readonly string Doc = TestData.Fixture("legacy/2021-fuling.doc");

    [SofficeFact]
    public void A_doc_written_by_LibreOffice_gives_all_40_gold_rows_exactly()
    {
        var doc = PolicyParser.ParseFile(Doc).Document!;

        var score = GoldScore.Of(doc, TestData.Gold("2021-fuling.tasks.json"));
        Assert.Equal(40, score.Rows);
        Assert.True(score.Correct == score.Fields, score.ToString());
        Assert.Equal("doc", doc.Source.Format);
        Assert.Equal(Doc, doc.Source.Path); // the user's file, not the converted copy
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Doc))), doc.Source.Sha256);
    }

    [SofficeFact]
    public void The_cli_converts_a_doc_and_leaves_no_temporary_folder()
    {
        var before = TempOfficeFolders();
        var r = CliProcess.Run("extract", Doc, "-f", "csv");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Equal(41, r.StdoutText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("input.doc", r.Stderr);
        Assert.Empty(TempOfficeFolders().Except(before));
    }

    [Fact]
    public void Without_LibreOffice_a_doc_fails_with_a_one_line_hint()
    {
        var reader = new LegacyOfficeReader("doc", new OfficeConverter(locate: () => null));

        var failure = Assert.Throws<InputException>(() => reader.Read(Doc, File.ReadAllBytes(Doc), "0"));

        Assert.Equal(FailureKind.UnsupportedFormat, failure.Kind);
        Assert.Equal(ExitCodes.UnsupportedFormat, ExitCodes.For(failure.Kind));
        Assert.Contains("install it, or save the file as .docx", failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void The_cli_without_soffice_on_PATH_exits_4_with_the_hint()
    {
        var r = CliProcess.RunWith(Directory.GetCurrentDirectory(), new Dictionary<string, string> { ["PATH"] = "/nonexistent" }, "extract", Doc);
        Assert.Equal(ExitCodes.UnsupportedFormat, r.ExitCode);
        Assert.Equal($"policyparse: {Doc}: reading .doc needs LibreOffice (soffice on PATH): install it, or save the file as .docx\n", r.Stderr);
        Assert.Empty(r.Stdout);
    }

    [Fact]
    public void A_converter_failure_is_an_input_failure_naming_the_format_not_a_crash()
    {
        var converter = new OfficeConverter(locate: () => "/bin/false");
        var e = Assert.Throws<InputException>(() => converter.ConvertToDocx("not a document"u8, ".rtf"));
        Assert.Equal(FailureKind.UnsupportedFormat, e.Kind);
        Assert.Contains(".rtf", e.Message);
    }

    private static HashSet<string> TempOfficeFolders() =>
        Directory.GetDirectories(Path.GetTempPath(), "pp-office-*").ToHashSet();
}
