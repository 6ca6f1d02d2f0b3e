using PolicyParse.Tables.ColumnDump;

namespace PolicyParse.Tests.Tables.ColumnDump;

public class InterleavedRowParserTests
{
    [Fact]
    public void A_wrapped_lead_and_deadline_beside_a_centred_empty_support()
    {
        var row = InterleavedRowParser.Parse(
        [
            "推进审批服务标准化，持续推动 区级有关部门， 持续推",
            "——",
            "减环节、减材料。 各街道  进",
        ]);
        Assert.NotNull(row);
        Assert.Equal("推进审批服务标准化，持续推动减环节、减材料。", row.Text);
        Assert.Equal("区级有关部门，各街道", row.Lead);
        Assert.Equal("", row.Support);
        Assert.Equal("持续推进", row.Deadline);
        Assert.Empty(row.Warnings);
    }

    [Fact]
    public void Two_unit_columns_on_one_line_are_lead_then_support()
    {
        var row = InterleavedRowParser.Parse(
        [
            "持续提升电子证照应用覆盖率， 区公安局、区财 2025年8",
            "重点加强在报关等领域应用。 政局、区税务局 区级有关部门 月前完成",
        ]);
        Assert.NotNull(row);
        Assert.Equal("区公安局、区财政局、区税务局", row.Lead);
        Assert.Equal("区级有关部门", row.Support);
        Assert.Equal("2025年8月前完成", row.Deadline);
    }

    [Fact]
    public void A_centred_unit_cell_beside_a_wrapped_one_is_a_flagged_guess()
    {
        var row = InterleavedRowParser.Parse(
        [
            "实现水电气报装通过“平台 区经济信息委、区 持续推",
            "区政府办公室",
            "办理”。 城市管理局 进",
        ]);
        Assert.NotNull(row);
        Assert.Equal("区政府办公室", row.Lead);
        Assert.Equal("区经济信息委、区城市管理局", row.Support);
        Assert.Contains(row.Warnings, w => w.Field == "lead");
        Assert.Contains(row.Warnings, w => w.Field == "support");
    }

    [Fact]
    public void The_body_tells_where_text_stops_when_a_unit_piece_touches_it()
    {
        const string body = "综合运用大数据技术，拓展智能导办、智能审批等应用。";
        int Prefix(string text)
        {
            var n = 0;
            while (n < text.Length && body.Contains(text[..(n + 1)])) n++;
            return n;
        }
        var row = InterleavedRowParser.Parse(["综合运用大数据技术，拓展智能导办、智甲区、乙 持续推", "能审批等应用。 区政府 进"], Prefix);
        Assert.NotNull(row);
        Assert.Equal("综合运用大数据技术，拓展智能导办、智能审批等应用。", row.Text);
        Assert.Equal("甲区、乙区政府", row.Lead);
    }

    [Theory]
    [InlineData("全面推进改革，持续推动 市级有关部门， 持续推", true)]
    [InlineData("市级有关部门，各区县政府", false)]
    [InlineData("2022年 12月前", false)]
    [InlineData("推进改革。 市政府办公厅 市级有关部门 持续推进", false)]
    public void Recognises_multi_column_lines(string line, bool expected) =>
        Assert.Equal(expected, InterleavedRowParser.IsMultiColumnLine(line));
}
