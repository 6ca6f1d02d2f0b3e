using PolicyParse.Pipeline;
using PolicyParse.Reading;
using PolicyParse.Tests.Cli;

namespace PolicyParse.Tests.Reading.Pdf;

/// <summary>PDFs the reader must refuse, each with one line naming the problem (tests/fixtures/make-bad-pdfs.sh).</summary>
public class PdfInputTests
{
    [Theory]
    [InlineData("pdf-bad/scanned.pdf", "has no text layer (scanned?); OCR is not supported")]
    [InlineData("pdf-bad/encrypted.pdf", "is password-protected")]
    [InlineData("pdf-bad/truncated.pdf", "truncated")]
    public void A_bad_pdf_is_an_unsupported_input_with_one_clear_line(string fixture, string message)
    {
        var failure = new NoticeParser().ParseFile(TestData.Fixture(fixture)).Failure;

        Assert.NotNull(failure);
        Assert.Equal(FailureKind.UnsupportedFormat, failure.Kind);
        Assert.Contains(message, failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void A_word_document_renamed_pdf_is_named_as_such()
    {
        using var dir = new TestData.TempDir();
        var path = dir.File("notice.pdf");
        File.Copy(TestData.Fixture("docx/2021-fuling.docx"), path);

        var failure = new NoticeParser().ParseFile(path).Failure;

        Assert.Equal(FailureKind.UnsupportedFormat, failure!.Kind);
        Assert.Contains("is a Word document (.docx), not a PDF", failure.Message);
    }

    [Theory]
    [InlineData("junk")]
    [InlineData("header-only")]
    [InlineData("cut-middle")]
    public void Junk_and_damaged_bytes_give_a_failure_never_an_exception(string kind)
    {
        using var dir = new TestData.TempDir();
        var path = dir.File("notice.pdf");
        var real = File.ReadAllBytes(TestData.Fixture("pdf/2021-fuling.pdf"));
        byte[] bytes = kind switch
        {
            "junk" => Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 251)).ToArray(),
            "header-only" => "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"u8.ToArray(),
            // The middle of the file overwritten: objects and streams broken, the ends intact.
            _ => [.. real[..(real.Length / 3)], .. new byte[real.Length / 3], .. real[(2 * real.Length / 3)..]],
        };
        File.WriteAllBytes(path, bytes);

        var result = new NoticeParser().ParseFile(path);

        // Either refused with a reason, or (lenient parsing recovers what is left) a document; never a throw.
        if (result.Failure is { } failure)
        {
            Assert.NotEqual(FailureKind.Unreadable, failure.Kind);
            Assert.DoesNotContain('\n', failure.Message);
        }
        else
            Assert.NotNull(result.Document);
    }

    [Fact]
    public void The_cli_exits_4_with_one_line_and_no_output_for_a_scanned_pdf()
    {
        using var dir = new TestData.TempDir();
        var output = dir.File("out.json");

        var result = CliProcess.Run("extract", TestData.Fixture("pdf-bad/scanned.pdf"), "-o", output);

        Assert.Equal(4, result.ExitCode);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Contains("OCR is not supported", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(File.Exists(output));
    }
}
