using System.Text.Json;
using PolicyParse.Cli;
using PolicyParse.Model;
using PolicyParse.Tests.Cli;
using PolicyParse.UnitLists;

namespace PolicyParse.Tests.UnitLists;

/// <summary>Each unit's own task list: names matched by their normalized form, kept as written, nothing merged loosely.</summary>
public class UnitIndexTests
{
    private static readonly Deadline None = new("", "none", null, false, []);

    private static TaskItem Task(int index, string[] lead, string[] support) =>
        new(index, null, $"任务{index}", lead, support, None, Origin.AtLine(index), []);

    private static NoticeDocument Notice(params TaskItem[] tasks) => new()
    {
        Source = new SourceInfo("n.txt", "txt", "utf-8", new string('0', 64)),
        Notice = new NoticeMetadata { Title = "某某工作要点" },
        Sections = [],
        Tasks = tasks,
        Diagnostics = [],
    };

    [Fact]
    public void Spellings_differing_in_spaces_width_or_a_trailing_deng_are_one_unit_named_as_first_written()
    {
        var index = UnitIndexBuilder.Build([("a.txt", Notice(
            Task(1, ["市数据局（牵头）"], []),
            Task(2, ["市 数据局（牵头）"], ["市公安局等"]),
            Task(3, ["市数据局(牵头)"], ["市公安局"])))]);

        var data = Assert.Single(index.Units, u => u.Name == "市数据局（牵头）");
        Assert.Equal([1, 2, 3], data.Lead.Select(t => t.Index));
        var police = Assert.Single(index.Units, u => u.Name == "市公安局等");
        Assert.Equal([2, 3], police.Support.Select(t => t.Index));
        Assert.Equal(2, index.Units.Count);
    }

    [Fact]
    public void No_fuzzy_merging_of_different_names()
    {
        var index = UnitIndexBuilder.Build([("a.txt", Notice(Task(1, ["区司法局"], ["司法局", "区级有关部门"])))]);
        Assert.Equal(["区司法局", "司法局", "区级有关部门"], index.Units.Select(u => u.Name));
    }

    [Fact]
    public void Tasks_of_several_notices_point_at_their_notice()
    {
        var index = UnitIndexBuilder.Build([("2021.txt", Notice(Task(1, ["区司法局"], []))), ("2022.txt", Notice(Task(5, ["区司法局"], [])))]);
        Assert.Equal(["2021.txt", "2022.txt"], index.Notices.Select(n => n.Path));
        Assert.Equal([(0, 1), (1, 5)], Assert.Single(index.Units).Lead.Select(t => (t.Notice, t.Index)));
    }

    [Fact]
    public void Units_command_lists_exactly_the_tasks_the_gold_gives_a_unit_as_lead()
    {
        const string unit = "区司法局";
        var gold = TestData.GoldJson("2021-fuling.tasks.json").GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("lead").EnumerateArray().Any(u => u.GetString() == unit))
            .Select(r => (r.GetProperty("n").GetInt32(), r.GetProperty("task").GetString()))
            .ToList();
        Assert.NotEmpty(gold);

        var r = CliProcess.Run("units", TestData.Sample(TestData.Fuling2021), "--unit", unit);

        Assert.Equal(ExitCodes.Success, r.ExitCode);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal("1", root.GetProperty("schemaVersion").GetString());
        var entry = Assert.Single(root.GetProperty("units").EnumerateArray());
        Assert.Equal(unit, entry.GetProperty("name").GetString());
        var lead = entry.GetProperty("lead").EnumerateArray()
            .Select(t => (t.GetProperty("index").GetInt32(), t.GetProperty("text").GetString())).ToList();
        Assert.Equal(gold, lead);
        Assert.All(entry.GetProperty("lead").EnumerateArray(), t =>
        {
            Assert.Equal(0, t.GetProperty("notice").GetInt32());
            Assert.True(t.GetProperty("deadline").TryGetProperty("kind", out _));
        });
    }

    [Theory]
    [InlineData("csv", "unit,role,notice,index")]
    [InlineData("md", "- notice 1: ")]
    public void Units_command_writes_csv_and_markdown(string format, string start)
    {
        var r = CliProcess.Run("units", TestData.Sample(TestData.Fuling2021), TestData.Sample("2022-chongqing-zhengwu-yaodian.json"), "-f", format);
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        Assert.StartsWith(start, r.StdoutText);
        Assert.Contains("区政务服务中心", r.StdoutText);
        Assert.Contains("市政府办公厅", r.StdoutText);
    }

    [Fact]
    public void An_unknown_unit_is_one_line_with_its_own_exit_code()
    {
        var r = CliProcess.Run("units", TestData.Sample(TestData.Fuling2021), "--unit", "不存在的局");
        Assert.Equal(ExitCodes.NoSuchUnit, r.ExitCode);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(r.Stdout);
    }
}
