using System.Text.Json;
using PolicyParse.Cli;
using PolicyParse.Cli.Commands;

namespace PolicyParse.Tests.Cli;

/// <summary>
/// End to end: the sample notice's text file, edited in known ways and written to a temporary
/// directory, diffed against the original through the built CLI.
/// </summary>
public class DiffCommandTests : IDisposable
{
    private static readonly string Fuling = TestData.Sample(TestData.Fuling2021);

    private const string Reworded = "持续加强窗口工作人员业务培训，全面提高服务意识和服务能力。";
    private const string AddedTask = "编制区级政务服务标准化手册，统一办事指南要素和审查要点。";

    private readonly TestData.TempDir _dir = new();
    private readonly string _edited;

    public DiffCommandTests()
    {
        _edited = _dir.File("2021-edited.txt");
        File.WriteAllText(_edited, EditTable(File.ReadAllText(Fuling)));
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// Edits rows of the tab-cell table (one cell per line, rows separated by a blank line; a row
    /// whose key-task cell is empty belongs to the key task above): rewords task 7, deletes task
    /// 30, adds a task to （十二）, moves task 14 from （四） to （五）, changes the lead of task 25
    /// and the deadline of task 33.
    /// </summary>
    private static string EditTable(string notice)
    {
        var lines = notice.Split('\n').ToList();
        var tableStart = lines.FindIndex(l => l.EndsWith("工作任务分解", StringComparison.Ordinal));
        Assert.True(tableStart > 0);
        int Row(string text) // index of the row's first (key task) cell
        {
            var i = lines.FindIndex(tableStart, l => l == "\t" + text);
            Assert.True(i > tableStart, text);
            return i - 1;
        }
        void Replace(int line, string from, string to)
        {
            Assert.Equal("\t" + from, lines[line]);
            lines[line] = "\t" + to;
        }

        // Edits in place first, then the ones that shift lines, from the bottom up.
        Replace(Row("加强窗口工作人员业务培训，提高服务意识和能力。") + 1, "加强窗口工作人员业务培训，提高服务意识和能力。", Reworded);
        Replace(Row("积极引导全区审批服务单位全面使用电子印章。") + 2, "区政务服务中心", "区大数据发展局");
        Replace(Row("动态调整中介服务事项清单。") + 4, "2021年4月30日", "2021年9月30日");

        var addAfter = Row("推广使用网上中介服务超市。") + 6;
        lines.InsertRange(addAfter, ["\t", "\t" + AddedTask, "\t区政务服务中心", "\t区级有关部门", "\t2021年12月31日", ""]);

        var deleted = Row("鼓励支持通过银行、邮政网点提供代办服务。");
        lines.RemoveRange(deleted, 6);

        var moved = Row("推进城市水电气讯利用“渝快办”办理，实现报装、查询、缴费等业务“掌上办”。");
        Assert.Equal("\t", lines[moved]); // its key task is carried down from the row above
        var block = lines.GetRange(moved, 6);
        var target = Row("深化第一批、第二批“跨区县通办”事项办理深度，实现线上线下融合互通、无差别协同办理。") + 6; // after the last row of （五）
        lines.InsertRange(target, block);
        lines.RemoveRange(moved, 6);

        return string.Join('\n', lines);
    }

    [Fact]
    public void Json_report_names_exactly_the_edits()
    {
        var r = CliProcess.Run("diff", Fuling, _edited, "--format", "json");

        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.Equal("", r.Stderr);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(Fuling, root.GetProperty("old").GetProperty("path").GetString());
        Assert.Equal(_edited, root.GetProperty("new").GetProperty("path").GetString());
        Assert.Equal([AddedTask], root.GetProperty("added").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
        Assert.Equal("（十二）", root.GetProperty("added")[0].GetProperty("keyTask").GetProperty("number").GetString());
        Assert.Equal([30], root.GetProperty("removed").EnumerateArray().Select(t => t.GetProperty("index").GetInt32()));

        var changes = root.GetProperty("changed").EnumerateArray().ToDictionary(
            c => c.GetProperty("old").GetProperty("index").GetInt32(),
            c => string.Join(",", c.GetProperty("changes").EnumerateArray().Select(x => x.GetString())));
        Assert.Equal(new Dictionary<int, string> { [7] = "text", [14] = "keyTask", [25] = "lead", [33] = "deadline" }, changes);
        Assert.Equal(40 - 1 - 4, root.GetProperty("unchanged").GetInt32());

        var units = root.GetProperty("units").EnumerateArray().ToDictionary(
            u => u.GetProperty("unit").GetString()!,
            u => (u.GetProperty("leadGained").GetInt32(), u.GetProperty("leadLost").GetInt32(), u.GetProperty("supportGained").GetInt32(), u.GetProperty("supportLost").GetInt32()));
        Assert.Equal(new Dictionary<string, (int, int, int, int)>
        {
            ["区政务服务中心"] = (1, 1, 0, 0),   // leads the added task; no longer leads task 25
            ["区大数据发展局"] = (1, 0, 0, 0),   // leads task 25
            ["区级有关部门"] = (0, 0, 1, 0),     // supports the added task
            ["区公安局"] = (0, 1, 0, 0),         // led the deleted task 30
            ["区税务局"] = (0, 1, 0, 0),
            ["区市场监管局等区级相关部门"] = (0, 1, 0, 0),
        }, units);
    }

    [Fact]
    public void Exit_code_says_whether_there_are_differences_only_when_asked()
    {
        Assert.Equal(ExitCodes.Success, CliProcess.Run("diff", Fuling, _edited).ExitCode);
        Assert.Equal(ExitCodes.Differences, CliProcess.Run("diff", Fuling, _edited, "--exit-code").ExitCode);
        Assert.Equal(ExitCodes.Success, CliProcess.Run("diff", Fuling, Fuling, "--exit-code").ExitCode);
    }

    [Fact]
    public void Identical_inputs_in_different_formats_report_no_change()
    {
        // The same notice as text, as Word, and as extract's JSON.
        var r = CliProcess.Run("diff", Fuling, TestData.Sample("2021-fuling-zhengwu-yaodian.json"), "--exit-code", "-f", "json");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(0, root.GetProperty("changed").GetArrayLength());
        Assert.Equal(40, root.GetProperty("unchanged").GetInt32());

        var docx = CliProcess.Run("diff", TestData.Sample("2021-fuling-zhengwu-yaodian.docx"), Fuling, "--exit-code");
        Assert.Equal(ExitCodes.Success, docx.ExitCode);
        Assert.Contains("No differences: all 40 tasks unchanged.", docx.StdoutText);
    }

    [Fact]
    public void A_portal_page_diffs_against_the_text_copy_without_changes()
    {
        var html = CliProcess.Run("diff", TestData.Fixture("html/2021-fuling.portal-utf8.html"), Fuling, "--exit-code");
        Assert.Equal(ExitCodes.Success, html.ExitCode);
        Assert.Contains("No differences: all 40 tasks unchanged.", html.StdoutText);
    }

    [Fact]
    public void Extract_json_of_the_edited_file_diffs_like_the_file_itself()
    {
        var json = _dir.File("edited.json");
        Assert.Equal(ExitCodes.Success, CliProcess.Run("extract", _edited, "-o", json).ExitCode);
        var fromText = JsonDocument.Parse(CliProcess.Run("diff", Fuling, _edited, "-f", "json").Stdout).RootElement;
        var fromJson = JsonDocument.Parse(CliProcess.Run("diff", Fuling, json, "-f", "json").Stdout).RootElement;
        foreach (var list in new[] { "added", "removed", "changed", "units" })
            Assert.Equal(fromText.GetProperty(list).GetRawText(), fromJson.GetProperty(list).GetRawText());
    }

    [Fact]
    public void Text_report_is_plain_when_redirected()
    {
        var r = CliProcess.Run("diff", Fuling, _edited);
        var text = r.StdoutText;
        Assert.Contains("1 added, 1 removed, 4 changed (1 text, 1 key task, 1 lead, 1 deadline), 35 unchanged.", text);
        Assert.Contains("{+持续+}加强窗口工作人员业务培训", text);
        Assert.Contains("key task: （四）进一步优化公共服务 → （五）扩大“跨区县通办”事项覆盖面", text);
        Assert.Contains("lead: 区政务服务中心 → 区大数据发展局", text);
        Assert.DoesNotContain('\e', text);
    }

    [Fact]
    public void Markdown_report_goes_to_a_file_atomically()
    {
        var output = _dir.File("report.md");
        var r = CliProcess.Run("diff", Fuling, _edited, "--format", "markdown", "-o", output, "--exit-code");
        Assert.Equal(ExitCodes.Differences, r.ExitCode);
        Assert.Empty(r.Stdout);
        var md = File.ReadAllText(output);
        Assert.StartsWith("### Task changes", md);
        Assert.Contains("#### Added (1)", md);
        Assert.Contains("#### Removed (1)", md);
        Assert.Contains("#### Changed (4)", md);
        Assert.Contains("<ins>持续</ins>加强窗口", md);
        Assert.DoesNotContain(Directory.GetFiles(_dir.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_threshold_is_accepted_and_a_bad_one_is_a_usage_error()
    {
        var r = CliProcess.Run("diff", Fuling, _edited, "--threshold", "0.95", "-f", "json");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal(2, root.GetProperty("added").GetArrayLength()); // the reworded task no longer matches
        Assert.Equal(0.95, root.GetProperty("threshold").GetDouble());

        foreach (var bad in new[] { "0", "1.5", "-1", "many" })
        {
            var u = CliProcess.Run("diff", Fuling, _edited, "--threshold", bad);
            Assert.Equal(ExitCodes.Usage, u.ExitCode);
            Assert.Contains("(see policyparse diff --help)", u.Stderr);
        }
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "a.txt")]
    [InlineData("diff", "a.txt", "b.txt", "--format", "html")]
    public void Usage_errors_exit_with_the_usage_code(params string[] args)
    {
        var r = CliProcess.Run(args);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Bad_inputs_give_one_line_naming_the_file_and_their_exit_code_even_with_exit_code()
    {
        var missing = _dir.File("missing.txt");
        var notExtract = _dir.File("other.json");
        File.WriteAllText(notExtract, """{ "schemaVersion": "1", "added": [] }""");
        // The 2022 notice cut before its task table: metadata and sections, no tasks.
        var noTable = _dir.File("no-table.txt");
        var lines2022 = File.ReadAllLines(TestData.Sample(TestData.Chongqing2022));
        File.WriteAllLines(noTable, lines2022.Take(Array.FindIndex(lines2022, l => l.StartsWith("重点任务", StringComparison.Ordinal)) - 1));

        foreach (var (path, code, message) in new[]
        {
            (missing, ExitCodes.Unreadable, "no such file"),
            (notExtract, ExitCodes.UnsupportedFormat, "not an 'extract' JSON output"),
            (noTable, ExitCodes.NoTaskTable, "nothing to compare"),
        })
        {
            var r = CliProcess.Run("diff", Fuling, path, "--exit-code", "-o", _dir.File("out.json"));
            Assert.Equal(code, r.ExitCode);
            var lines = r.Stderr.TrimEnd().Split('\n');
            Assert.Single(lines);
            Assert.StartsWith($"policyparse: {path}: ", lines[0]);
            Assert.Contains(message, lines[0]);
            Assert.False(File.Exists(_dir.File("out.json")));
        }
    }

    [Fact]
    public void Help_lists_the_options()
    {
        var r = CliProcess.Run("diff", "--help");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        foreach (var option in new[] { "--format", "--output", "--exit-code", "--threshold", "<old>", "<new>" })
            Assert.Contains(option, r.StdoutText);
    }

    [Theory]
    [InlineData(true, null, "xterm-256color", true)]
    [InlineData(true, "", null, true)]
    [InlineData(false, null, "xterm", false)] // redirected
    [InlineData(true, "1", "xterm", false)]   // NO_COLOR set
    [InlineData(true, null, "dumb", false)]
    public void Colour_only_on_a_terminal_that_wants_it(bool terminal, string? noColor, string? term, bool expected) =>
        Assert.Equal(expected, Terminal.UseColour(terminal, noColor, term));

    [Fact]
    public void Ansi_style_colours_old_red_and_new_green()
    {
        var style = new AnsiDiffStyle();
        Assert.Equal("\e[31m旧\e[0m", style.Deleted("旧"));
        Assert.Equal("\e[32m新\e[0m", style.Inserted("新"));
    }

    [Fact]
    public void Coloured_report_through_the_command_when_stdout_is_a_terminal()
    {
        // The process tests always redirect stdout, so the command is built here with a fake terminal.
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        System.CommandLine.Command Command(params (string Name, string Value)[] environment) =>
            DiffCommand.Create(stderr, () => new NonClosingStream(stdout), () => true, name => environment.FirstOrDefault(e => e.Name == name).Value);

        var exit = new System.CommandLine.RootCommand { Command(("TERM", "xterm")) }.Parse(["diff", Fuling, _edited, "--exit-code"]).Invoke();

        Assert.Equal(ExitCodes.Differences, exit);
        var text = System.Text.Encoding.UTF8.GetString(stdout.ToArray());
        Assert.Contains("\e[32m持续\e[0m加强窗口", text);
        Assert.DoesNotContain("{+", text);

        stdout.SetLength(0);
        new System.CommandLine.RootCommand { Command(("NO_COLOR", "1")) }.Parse(["diff", Fuling, _edited]).Invoke();
        text = System.Text.Encoding.UTF8.GetString(stdout.ToArray());
        Assert.Contains("{+持续+}加强窗口", text);
        Assert.DoesNotContain('\e', text);
    }

    [Fact]
    public void With_exit_code_an_internal_error_cannot_be_mistaken_for_differences()
    {
        var stderr = new StringWriter();
        var command = DiffCommand.Create(stderr, () => throw new InvalidOperationException("simulated bug"), () => false);
        var config = new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false };

        var exit = new System.CommandLine.RootCommand { command }.Parse(["diff", Fuling, _edited, "--exit-code"]).Invoke(config);

        Assert.Equal(ExitCodes.DiffInternalError, exit);
        Assert.NotEqual(ExitCodes.Differences, exit);
        Assert.Equal("policyparse: internal error: InvalidOperationException: simulated bug", stderr.ToString().TrimEnd());
        // Without --exit-code the bug reaches Program's handler, which exits with InternalError (1).
        Assert.Throws<InvalidOperationException>(() => new System.CommandLine.RootCommand { command }.Parse(["diff", Fuling, _edited]).Invoke(config));
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
