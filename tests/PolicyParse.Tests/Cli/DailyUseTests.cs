using System.Text.Json;
using PolicyParse.Cli;

namespace PolicyParse.Tests.Cli;

/// <summary>What a new user tries first on a clean clone: each must work, or fail with one clear line.</summary>
public class DailyUseTests
{
    private static readonly string Fuling = TestData.Sample(TestData.Fuling2021);
    private static readonly string FulingDocx = TestData.Sample("2021-fuling-zhengwu-yaodian.docx");

    [Fact]
    public void Batch_of_a_folder_holding_one_notice_as_txt_and_docx_converts_on_the_first_try()
    {
        using var dir = new TestData.TempDir();
        var input = Directory.CreateDirectory(dir.File("samples")).FullName;
        File.Copy(Fuling, Path.Combine(input, "x.txt"));
        File.Copy(FulingDocx, Path.Combine(input, "x.docx"));
        File.Copy(TestData.Sample(TestData.Chongqing2022), Path.Combine(input, "y.txt"));

        var r = CliProcess.RunWith(dir.Path, new Dictionary<string, string> { ["CI"] = "true" }, "batch", "samples", "-o", "out", "-f", "json,xlsx");

        Assert.True(r.ExitCode == ExitCodes.Success, r.Stderr + r.StdoutText);
        Assert.Equal(["manifest.json", "x.docx.json", "x.docx.xlsx", "x.txt.json", "x.txt.xlsx", "y.json", "y.xlsx"],
            Directory.GetFiles(dir.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var fromWord = JsonDocument.Parse(File.ReadAllBytes(dir.File("out/x.docx.json"))).RootElement;
        Assert.Equal("x.docx", fromWord.GetProperty("source").GetProperty("path").GetString());
        Assert.Equal(40, fromWord.GetProperty("tasks").GetArrayLength());
    }

    [Fact]
    public void Batch_converts_the_repository_samples_folder()
    {
        using var dir = new TestData.TempDir();
        var r = CliProcess.RunWith(dir.Path, new Dictionary<string, string> { ["CI"] = "true" }, "batch", Path.Combine(TestData.Dir, "samples"), "-o", "out");
        Assert.True(r.ExitCode == ExitCodes.Success, r.Stderr + r.StdoutText);
        Assert.True(File.Exists(dir.File("out/2021-fuling-zhengwu-yaodian.txt.json")));
        Assert.True(File.Exists(dir.File("out/2021-fuling-zhengwu-yaodian.docx.json")));
    }

    [Fact]
    public void Long_Chinese_names_fit_the_temporary_file_for_extract_and_for_batch_stems()
    {
        using var dir = new TestData.TempDir();
        var name = new string('政', 80); // 240 bytes of UTF-8: a valid name, near the 255-byte limit
        var r = CliProcess.Run("extract", Fuling, "-o", dir.File(name));
        Assert.True(r.ExitCode == ExitCodes.Success, r.Stderr);
        Assert.Equal([name], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));

        var input = Directory.CreateDirectory(dir.File("in")).FullName;
        File.Copy(Fuling, Path.Combine(input, new string('务', 80) + ".txt"));
        var b = CliProcess.RunWith(dir.Path, new Dictionary<string, string> { ["CI"] = "true" }, "batch", "in", "-o", "out");
        Assert.True(b.ExitCode == ExitCodes.Success, b.Stderr + b.StdoutText);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", new string('务', 80) + ".json")));
    }

    [Theory]
    [InlineData("2021-fuling-zhengwu-yaodian.txt", null)]
    [InlineData("2021-fuling-zhengwu-yaodian.docx", null)]
    [InlineData("2021-fuling-zhengwu-yaodian.txt", "txt")]
    public void Dash_reads_standard_input_recognising_the_format_from_the_bytes(string sample, string? from)
    {
        string[] args = from is null ? ["extract", "-"] : ["extract", "-", "--from", from];
        var r = CliProcess.RunWithStdin(File.ReadAllBytes(TestData.Sample(sample)), args);

        Assert.True(r.ExitCode == ExitCodes.Success, r.Stderr);
        var source = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("source");
        Assert.Equal("<stdin>", source.GetProperty("path").GetString());
        Assert.Equal(Path.GetExtension(sample).TrimStart('.'), source.GetProperty("format").GetString());
        Assert.Equal(40, JsonDocument.Parse(r.Stdout).RootElement.GetProperty("tasks").GetArrayLength());
    }

    [Fact]
    public void From_with_a_file_is_a_usage_error_not_silently_ignored()
    {
        var r = CliProcess.Run("extract", Fuling, "--from", "docx");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.StartsWith("policyparse: --from: applies to standard input", r.Stderr);
        Assert.Empty(r.Stdout);
    }

    [Fact]
    public void Empty_standard_input_is_named_as_such()
    {
        var r = CliProcess.RunWithStdin([], "extract", "-");
        Assert.Equal(ExitCodes.NoText, r.ExitCode);
        Assert.Equal("policyparse: <stdin>: the input is empty\n", r.Stderr);
    }

    [Fact]
    public void An_output_that_is_the_input_is_refused_and_the_input_left_untouched()
    {
        using var dir = new TestData.TempDir();
        var input = dir.File("x.txt");
        File.Copy(Fuling, input);
        var link = dir.File("link.txt");
        File.CreateSymbolicLink(link, input);
        var original = File.ReadAllBytes(input);

        foreach (var output in new[] { input, Path.Combine(dir.Path, ".", "x.txt"), link })
        {
            var r = CliProcess.RunIn(dir.Path, "extract", "x.txt", "-o", output);
            Assert.Equal(ExitCodes.Usage, r.ExitCode);
            Assert.Contains("is the input file", r.Stderr);
            Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        Assert.Equal(original, File.ReadAllBytes(input));
        Assert.Equal(2, Directory.GetFileSystemEntries(dir.Path).Length);
    }

    [Fact]
    public void A_bad_format_is_one_line_naming_the_option_and_the_allowed_values()
    {
        var r = CliProcess.Run("extract", Fuling, "--format", "xml");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal("policyparse: --format: 'xml' is not one of json, csv, yaml, xlsx (see policyparse extract --help)\n", r.Stderr);

        var b = CliProcess.Run("batch", ".", "-o", "out", "-f", "json,xml");
        Assert.Equal(ExitCodes.Usage, b.ExitCode);
        Assert.StartsWith("policyparse: --format: 'xml' is not one of json, csv, yaml, xlsx", b.Stderr);
        Assert.Single(b.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_unknown_command_is_one_line_with_exit_2()
    {
        var r = CliProcess.Run("foo");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal("policyparse: 'foo' is not a command; the commands are extract, batch, diff, units, schema (see policyparse --help)\n", r.Stderr);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("batch")]
    [InlineData("diff")]
    [InlineData("units")]
    public void Help_shows_lowercase_defaults_and_no_internal_type_names(string command)
    {
        var r = CliProcess.Run(command, "--help");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.DoesNotContain("PolicyParse.", r.StdoutText);
        Assert.DoesNotMatch(@"\[default: [A-Z]", r.StdoutText);
        Assert.DoesNotContain("Default: json. [default", r.StdoutText);
    }

    [Fact]
    public void A_subcommand_version_prints_the_version_like_the_root()
    {
        var root = CliProcess.Run("--version");
        var sub = CliProcess.Run("extract", "--version");
        Assert.Equal(ExitCodes.Success, sub.ExitCode);
        Assert.Equal(root.StdoutText, sub.StdoutText);
        Assert.Equal("", sub.Stderr);
    }

    [Fact]
    public void An_existing_folder_as_output_is_one_clear_line()
    {
        using var dir = new TestData.TempDir();
        var r = CliProcess.Run("extract", Fuling, "-o", dir.Path + "/");
        Assert.Equal(ExitCodes.OutputFailed, r.ExitCode);
        Assert.Equal($"policyparse: {dir.Path}/: cannot write output: is a folder; give a file name, e.g. -o folder/notice.json\n", r.Stderr);
    }

    [Fact]
    public void A_failed_write_names_the_users_file_never_a_temporary_one()
    {
        using var dir = new TestData.TempDir();
        File.WriteAllText(dir.File("file"), "x");
        var target = dir.File("file/out.json"); // a folder that is a file
        var r = CliProcess.Run("extract", Fuling, "-o", target);
        Assert.Equal(ExitCodes.OutputFailed, r.ExitCode);
        Assert.StartsWith($"policyparse: {target}: cannot write output: ", r.Stderr);
        Assert.DoesNotContain(".tmp", r.Stderr);
        Assert.DoesNotContain("Could not find a part of the path", r.Stderr);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Csv_has_a_milestones_column()
    {
        var r = CliProcess.Run("extract", TestData.Sample(TestData.Chongqing2022), "-f", "csv");
        var lines = r.StdoutText.Split("\r\n");
        var header = lines[0].Split(',');
        var column = Array.IndexOf(header, "milestones");
        Assert.True(column > 0);
        Assert.Contains(lines, l => l.Contains("2022年4月前市级完成 (2022-04)", StringComparison.Ordinal));
    }
}
