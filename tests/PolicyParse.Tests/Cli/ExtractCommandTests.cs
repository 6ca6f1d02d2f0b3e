using System.Text.Json;
using PolicyParse.Cli;

namespace PolicyParse.Tests.Cli;

/// <summary>End to end: the built CLI as a process, its output, files and exit codes.</summary>
public class ExtractCommandTests
{
    private static readonly string Fuling = TestData.Sample(TestData.Fuling2021);

    [Fact]
    public void Extract_writes_json_to_stdout_by_default()
    {
        var r = CliProcess.Run("extract", Fuling);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Equal("", r.Stderr);
        var json = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(40, json.GetProperty("tasks").GetArrayLength());
        Assert.Equal("2021-03-03", json.GetProperty("notice").GetProperty("date").GetString());
    }

    [Theory]
    [InlineData("csv", "index,keyTaskNumber")]
    [InlineData("yaml", "schemaVersion: \"1\"")]
    [InlineData("json", "{")]
    public void Extract_writes_each_format_to_a_file(string format, string start)
    {
        using var dir = new TestData.TempDir();
        var output = dir.File("out." + format);
        var r = CliProcess.Run("extract", Fuling, "--format", format, "-o", output);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.StartsWith(start, File.ReadAllText(output));
        Assert.Single(Directory.GetFiles(dir.Path)); // no temporary file left behind
    }

    [Fact]
    public void Devices_are_written_through_and_links_followed_not_replaced()
    {
        using var dir = new TestData.TempDir();
        var target = dir.File("target.json");
        var link = dir.File("link.json");
        File.CreateSymbolicLink(link, target);

        Assert.Equal(ExitCodes.Success, CliProcess.Run("extract", Fuling, "-o", "/dev/null").ExitCode);
        Assert.Equal("character special file", FileType("/dev/null")); // written through, not replaced by a regular file
        Assert.Equal(ExitCodes.Success, CliProcess.Run("extract", Fuling, "-o", link).ExitCode);

        Assert.NotNull(new FileInfo(link).LinkTarget); // still a link
        Assert.StartsWith("{", File.ReadAllText(target));
        Assert.Equal(2, Directory.GetFileSystemEntries(dir.Path).Length); // no temporary file left
    }

    [Fact]
    public void An_empty_output_path_is_a_usage_error()
    {
        var r = CliProcess.Run("extract", Fuling, "-o", "");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("needs a path", r.Stderr);
    }

    [Fact]
    public void Bom_switch_starts_csv_with_a_bom()
    {
        var r = CliProcess.Run("extract", Fuling, "-f", "csv", "--bom");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, r.Stdout[..3]);
    }

    [Theory]
    [InlineData(false, "no task table was found")]
    [InlineData(true, "could not be reconstructed")]
    public void A_notice_without_a_usable_table_still_writes_metadata_and_sections_with_its_own_exit_code(bool keepHeader, string message)
    {
        // The 2022 notice cut after its body (and, in one case, after the table's header line).
        using var dir = new TestData.TempDir();
        var lines = File.ReadAllLines(TestData.Sample(TestData.Chongqing2022));
        var header = Array.FindIndex(lines, l => l.StartsWith("重点任务", StringComparison.Ordinal));
        var input = dir.File("notice.txt");
        File.WriteAllLines(input, lines.Take(keepHeader ? header + 1 : header - 1));
        var output = dir.File("2022.json");

        var r = CliProcess.Run("extract", input, "-o", output);

        Assert.Equal(ExitCodes.NoTaskTable, r.ExitCode);
        Assert.Single(r.Stderr.TrimEnd().Split('\n'));
        Assert.Contains(message, r.Stderr);
        var json = JsonDocument.Parse(File.ReadAllBytes(output)).RootElement;
        Assert.Equal(20, json.GetProperty("sections").GetArrayLength());
        Assert.Equal(0, json.GetProperty("tasks").GetArrayLength());
        Assert.Equal("渝府办发〔2022〕34号", json.GetProperty("notice").GetProperty("docNumber").GetString());
    }

    public static TheoryData<string, int, string> BadInputs => new()
    {
        { "missing", ExitCodes.Unreadable, "no such file" },
        { "directory", ExitCodes.Unreadable, "is a directory" },
        { "empty", ExitCodes.NoText, "empty" },
        { "blank", ExitCodes.NoText, "no text" },
        { "junk", ExitCodes.NoText, "cannot decode" },
        { "zip-as-txt", ExitCodes.UnsupportedFormat, "zip container" },
        { "unknown-extension", ExitCodes.UnsupportedFormat, "unsupported file type '.xyz'" },
        { "empty-page", ExitCodes.NoText, "no text" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gives_one_clear_line_its_exit_code_and_no_output_file(string kind, int exitCode, string message)
    {
        using var dir = new TestData.TempDir();
        var input = dir.File(kind switch { "unknown-extension" => "notice.xyz", "directory" => "folder.txt", _ => kind + ".txt" });
        switch (kind)
        {
            case "directory": Directory.CreateDirectory(input); break;
            case "empty": File.WriteAllBytes(input, []); break;
            case "blank": File.WriteAllText(input, " \r\n\u3000\n"); break;
            case "junk":
                var junk = new byte[8192];
                new Random(7).NextBytes(junk);
                junk[0] = 0x01;
                File.WriteAllBytes(input, junk);
                break;
            case "zip-as-txt": File.WriteAllBytes(input, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]); break;
            case "unknown-extension": File.WriteAllText(input, "一、总体要求"); break;
            // A page saved under a .txt name is read as a page: one without text has no text.
            case "empty-page": File.WriteAllText(input, "<!DOCTYPE html>\n<html><head><title>x</title><script>var a = 1;</script></head><body>\n</body></html>"); break;
        }
        var output = dir.File("out.json");

        var r = CliProcess.Run("extract", input, "-o", output);

        Assert.Equal(exitCode, r.ExitCode);
        var lines = r.Stderr.TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith($"policyparse: {input}: ", lines[0]);
        Assert.Contains(message, lines[0]);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(File.Exists(output));
        Assert.Empty(r.Stdout);
    }

    [Theory]
    [InlineData("legacy-doc")]
    [InlineData("encrypted")]
    [InlineData("truncated")]
    [InlineData("zip-bomb")]
    [InlineData("rtf")]
    public void Bad_docx_gives_one_line_the_unsupported_format_code_and_no_output(string kind)
    {
        using var dir = new TestData.TempDir();
        var input = dir.File(kind + ".docx");
        Reading.Docx.DocxReaderTests.WriteBadFile(kind, input);
        var output = dir.File("out.json");

        var r = CliProcess.Run("extract", input, "-o", output);

        Assert.Equal(ExitCodes.UnsupportedFormat, r.ExitCode);
        Assert.Single(r.Stderr.TrimEnd().Split('\n'));
        Assert.StartsWith($"policyparse: {input}: ", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Extract_reads_a_word_document()
    {
        var r = CliProcess.Run("extract", TestData.Sample("2022-chongqing-zhengwu-yaodian.docx"), "-f", "csv");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Equal(123, r.StdoutText.TrimEnd().Split("\r\n").Length);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "--format", "pdf")]
    [InlineData("extract", "a.txt", "--no-such-option")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_with_the_usage_code(params string[] args)
    {
        var r = CliProcess.Run(args);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Matches(@"\(see policyparse (extract )?--help\)\n$", r.Stderr);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Help_explains_the_command_and_its_options()
    {
        var r = CliProcess.Run("extract", "--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var text in new[] { "--format", "--output", "--bom", "json|csv|yaml" })
            Assert.Contains(text, r.StdoutText);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var r = CliProcess.Run("--version");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", r.StdoutText);
    }

    /// <summary>The file type as stat(1) names it; the runtime does not expose it.</summary>
    private static string FileType(string path)
    {
        var info = new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(info)!;
        var type = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return type;
    }
}
