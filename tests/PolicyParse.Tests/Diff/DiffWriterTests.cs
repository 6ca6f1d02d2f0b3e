using System.Text;
using System.Text.Json.Nodes;
using PolicyParse.Diff;

namespace PolicyParse.Tests.Diff;

public class DiffWriterTests
{
    private static readonly DiffReport Report = new DiffCalculator().Compare(
        DiffCalculatorTests.Old, "2021.txt", DiffCalculatorTests.Edited(), "2022.txt");

    private static readonly DiffReport Same = new DiffCalculator().Compare(
        DiffCalculatorTests.Old, "a.txt", DiffCalculatorTests.Old, "b.json");

    private static string Render(DiffFormat format, DiffReport report)
    {
        using var stream = new MemoryStream();
        DiffWriters.For(format).Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Json_follows_the_contract_with_tasks_shaped_as_in_extract()
    {
        var json = Render(DiffFormat.Json, Report);
        Assert.DoesNotContain("\\u", json);
        var root = JsonNode.Parse(json)!.AsObject();

        Assert.Equal(["schemaVersion", "old", "new", "added", "removed", "changed", "unchanged", "units"], root.Select(p => p.Key).Take(8));
        Assert.Equal("1", (string?)root["schemaVersion"]);
        Assert.Equal("2021.txt", (string?)root["old"]!["path"]);
        Assert.Equal("2021年涪陵区政务服务工作要点", (string?)root["new"]!["title"]);
        Assert.Equal(32, (int?)root["unchanged"]);

        var added = root["added"]!.AsArray();
        Assert.Equal(2, added.Count);
        Assert.Equal(["index", "keyTask", "text", "lead", "support", "deadline", "origin", "warnings"], added[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(DiffCalculatorTests.AddedA, (string?)added[0]!["text"]);
        Assert.Equal([3, 30], root["removed"]!.AsArray().Select(t => (int)t!["index"]!));

        var changed = root["changed"]!.AsArray();
        Assert.Equal(6, changed.Count);
        var moved = changed.Single(c => (int)c!["old"]!["index"]! == DiffCalculatorTests.Moved)!;
        Assert.Equal(["old", "new", "similarity", "changes"], moved.AsObject().Select(p => p.Key)); // no textDiff when the text is equal
        Assert.Equal(["keyTask"], moved["changes"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(5, (int?)moved["new"]!["keyTask"]!["ordinal"]);
        var reworded = changed.Single(c => (int)c!["old"]!["index"]! == 36)!;
        Assert.Equal(["text"], reworded["changes"]!.AsArray().Select(c => (string)c!));
        Assert.InRange((double)reworded["similarity"]!, 0.6, 1.0);
        var edits = reworded["textDiff"]!.AsArray();
        Assert.Equal(["equal", "delete", "insert", "equal"], edits.Select(e => (string)e!["op"]!));
        Assert.Equal("治理", (string?)edits[1]!["text"]);
        Assert.Equal("开展重点领域突出问题专项整治。", string.Concat(edits.Where(e => (string)e!["op"]! != "delete").Select(e => (string)e!["text"]!)));

        var unit = root["units"]!.AsArray().Single(u => (string?)u!["unit"] == "区政务服务中心")!;
        Assert.Equal(["unit", "leadGained", "leadLost", "supportGained", "supportLost"], unit.AsObject().Select(p => p.Key));
        Assert.Equal((1, 2, 0, 0), ((int)unit["leadGained"]!, (int)unit["leadLost"]!, (int)unit["supportGained"]!, (int)unit["supportLost"]!));
    }

    [Fact]
    public void Json_of_identical_inputs_has_empty_lists()
    {
        var root = JsonNode.Parse(Render(DiffFormat.Json, Same))!;
        foreach (var list in new[] { "added", "removed", "changed", "units" })
            Assert.Empty(root[list]!.AsArray());
        Assert.Equal(40, (int?)root["unchanged"]);
    }

    [Fact]
    public void Text_report_lists_each_change_with_plain_markers()
    {
        var text = Render(DiffFormat.Text, Report);
        Assert.StartsWith("--- old: 2021.txt (2021年涪陵区政务服务工作要点, 40 tasks)\n+++ new: 2022.txt", text);
        Assert.Contains("2 added, 2 removed, 6 changed (3 text, 1 key task, 1 lead, 1 deadline), 32 unchanged.", text);
        Assert.Contains($"  + #8 （三）提升基层政务服务能力\n      {DiffCalculatorTests.AddedA}\n      lead: 区政务服务中心 | support: 区级有关部门 | deadline: 2021年12月31日", text);
        Assert.Contains("  - #30 （九）持续提升政务服务便捷度", text);
        Assert.Contains("      {+持续+}加强窗口工作人员业务培训，{+全面+}提高服务意识和{+服务+}能力。", text);
        Assert.Contains("      key task: （四）进一步优化公共服务 → （五）扩大“跨区县通办”事项覆盖面", text);
        Assert.Contains("      deadline: 2021年4月30日 → 2021年9月30日", text);
        Assert.Contains("  lead +1 −2  support +0 −0  区政务服务中心", text);
        Assert.DoesNotContain('\e', text); // a char: culture-aware string search ignores control characters
    }

    [Fact]
    public void Text_report_of_identical_inputs_says_so_in_one_line()
    {
        var lines = Render(DiffFormat.Text, Same).TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("No differences: all 40 tasks unchanged.", lines[3]);
    }

    [Fact]
    public void A_style_replaces_the_markers()
    {
        using var stream = new MemoryStream();
        DiffWriters.For(DiffFormat.Text, new BracketStyle()).Write(Report, stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("<INS>持续</INS>加强窗口", text);
        Assert.Contains("<H>Changed (6)</H>", text);
        Assert.DoesNotContain("{+", text);
    }

    private sealed class BracketStyle : DiffTextStyle
    {
        public override string Inserted(string text) => $"<INS>{text}</INS>";
        public override string Deleted(string text) => $"<DEL>{text}</DEL>";
        public override string Heading(string text) => $"<H>{text}</H>";
    }

    [Fact]
    public void Markdown_has_sections_tables_and_inline_edits()
    {
        var md = Render(DiffFormat.Markdown, Report);
        Assert.StartsWith("### Task changes\n\n- old: `2021.txt` — 2021年涪陵区政务服务工作要点 (40 tasks)\n", md);
        Assert.Contains("**2 added, 2 removed, 6 changed (3 text, 1 key task, 1 lead, 1 deadline), 32 unchanged.**", md);
        Assert.Contains("#### Added (2)\n\n| # | key task | task | lead | support | deadline |\n| ---: | --- | --- | --- | --- | --- |\n| 8 | （三）提升基层政务服务能力 |", md);
        Assert.Contains("#### Removed (2)", md);
        Assert.Contains("  - text: <ins>持续</ins>加强窗口工作人员业务培训，<ins>全面</ins>提高服务意识和<ins>服务</ins>能力。", md);
        Assert.Contains("  - lead: <del>区政务服务中心</del> → <ins>区大数据发展局</ins>", md);
        Assert.Contains("| 区政务服务中心 | 1 | 2 | 0 | 0 |", md);
    }

    [Fact]
    public void Markdown_escapes_what_would_break_a_table_or_become_markup()
    {
        Assert.Equal(@"a\|b \*c\* &lt;br&gt; \[x\](y) \_z\_ 1&amp;2", DiffMarkdownWriter.Escape("a|b *c* <br> [x](y) _z_ 1&2"));
        Assert.Equal("两行<br>文字", DiffMarkdownWriter.Escape("两行\r\n文字"));
    }

    [Fact]
    public void Markdown_of_identical_inputs_says_no_differences()
    {
        var md = Render(DiffFormat.Markdown, Same);
        Assert.Contains("**No differences: all 40 tasks unchanged.**", md);
        Assert.DoesNotContain("####", md);
    }
}
