using PolicyParse.Lexicon;
using PolicyParse.Tables;
using PolicyParse.Tables.PdfText;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>The small rules the pdftotext strategies are built from.</summary>
public class PdfTextHelperTests
{
    [Theory]
    [InlineData("市政府办公", 5)]
    [InlineData("2022 年", 3)]
    [InlineData("于 90%，鼓励", 5.5)]
    public void Printed_width_counts_cjk_as_one_em_and_ascii_as_half(string line, double width) =>
        Assert.Equal(width, PrintedWidth.Of(line));

    [Fact]
    public void Capacity_is_the_most_common_width_the_wider_on_a_tie() =>
        Assert.Equal(5, PrintedWidth.Capacity(["市政府办公", "厅", "区司法局", "区政务服务", "中心"]));

    [Theory]
    [InlineData("全链条优化审批、全过程公正监", nameof(LineEndKind.Continues))] // full, runs on
    [InlineData("“网跑一次流程、网巡一次纠", nameof(LineEndKind.Continues))]   // two short: a closing mark kept with its word
    [InlineData("务事项“跨省通办”", nameof(LineEndKind.Ends))]                // far short: the cell ended
    [InlineData("料、减时限、减跑动。", nameof(LineEndKind.Ends))]              // a sentence ends short of the edge
    [InlineData("中办理，鼓励纳入综合窗口办理。", nameof(LineEndKind.Unsure))]    // a sentence ends at the edge
    public void Prose_line_ends(string line, string expected) =>
        Assert.Equal(Enum.Parse<LineEndKind>(expected), LineEnd.OfProse(line, 15));

    [Fact]
    public void Layout_runs_split_on_wide_gaps_and_on_a_single_space_between_cjk_cells()
    {
        var runs = LayoutRuns.Split("\f（六）加快   按市政府要求推进 54 项高频政务服 区政务服务   区公安局、区   2021 年");

        Assert.Equal(["（六）加快", "按市政府要求推进 54 项高频政务服", "区政务服务", "区公安局、区", "2021 年"], runs.Select(r => r.Text));
        Assert.Equal([0, 8, 27, 35, 44], runs.Select(r => r.Start));
    }

    [Fact]
    public void Layout_header_joins_a_name_wrapped_above_and_below_its_line()
    {
        var lines = PolicyParse.Text.Tokenizer.Tokenize([
            new(PdfTextTestKit.At((43, "完成时")), Model.Origin.AtLine(1)),
            new(PdfTextTestKit.At((0, "重点任务"), (13, "具体工作"), (26, "牵头单位"), (35, "配合单位")), Model.Origin.AtLine(2)),
            new(PdfTextTestKit.At((44, "限")), Model.Origin.AtLine(3)),
            new(PdfTextTestKit.At((8, "紧密对接国家首批改革事项，推进")), Model.Origin.AtLine(4)),
        ]);

        var header = PolicyParse.Tables.PdfText.LayoutHeader.Read(lines, 1);

        Assert.NotNull(header);
        Assert.Equal([TaskColumn.KeyTask, TaskColumn.Text, TaskColumn.Lead, TaskColumn.Support, TaskColumn.Deadline], header.Columns.Select(c => c.Column));
        Assert.Equal((0, 2), (header.FirstLine, header.LastLine)); // the cell line below is not taken
    }

    [Fact]
    public void Layout_header_joins_a_glued_name_to_its_tail_printed_right_of_where_the_glue_put_it()
    {
        // 牵头单位 配合单位 完成时 are one word group (single spaces): pdftotext squeezed them left, so
        // 限, centred under 完成时 on the page, prints several columns right of it, a blank line below.
        var lines = PolicyParse.Text.Tokenizer.Tokenize([
            new(PdfTextTestKit.At((5, "重点任务"), (20, "具体工作"), (35, "牵头单位 配合单位 完成时")), Model.Origin.AtLine(1)),
            new("", Model.Origin.AtLine(2)),
            new(PdfTextTestKit.At((52, "限")), Model.Origin.AtLine(3)),
            new("", Model.Origin.AtLine(4)),
            new(PdfTextTestKit.At((0, "一、抓紧抓实营商"), (9, "紧密对接国家首批改革事项，推进全链条优化"), (35, "市政府办"), (39, "市级有关"), (45, "持续推")), Model.Origin.AtLine(5)),
        ]);

        var header = PolicyParse.Tables.PdfText.LayoutHeader.Read(lines, 0);

        Assert.NotNull(header);
        Assert.Equal([TaskColumn.KeyTask, TaskColumn.Text, TaskColumn.Lead, TaskColumn.Support, TaskColumn.Deadline], header.Columns.Select(c => c.Column));
        Assert.Equal((0, 2), (header.FirstLine, header.LastLine));
    }

    [Theory]
    [InlineData("各区县政府 市级有关部门", new[] { "各区县政府", "市级有关部门" })]
    [InlineData("市级有关部门 2022 年", new[] { "市级有关部门", "2022 年" })]
    [InlineData("按市政府要求推进 54 项高频政务服", new[] { "按市政府要求推进 54 项高频政务服" })]
    [InlineData("确保在 2022 年底前完成全部清理", new[] { "确保在 2022 年底前完成全部清理" })]
    public void Raw_cells_side_by_side_are_split(string line, string[] cells) =>
        Assert.Equal(cells, PlainHeader.SplitCells(line));

    [Theory]
    [InlineData("市政府办公", "厅", true)]              // the name is not whole yet
    [InlineData("委、市城市管", "理局", true)]
    [InlineData("区级有关部", "门", true)]               // one character is a tail, not a name
    [InlineData("区政务服务中心、区司", "法局", true)]     // 法 does not start this table's names
    [InlineData("各区县政府", "市级有关部", false)]       // a whole name, then one that starts like the others
    public void Unit_cells_go_on_while_a_name_is_unfinished(string sofar, string next, bool continues)
    {
        var units = UnitCells.Learn(["厅、市发展", "门、各区县", "局、市市场", "委、区民政", "厅、市司法"]);
        Assert.Equal(continues, units.Continues(sofar, next));
    }
}
