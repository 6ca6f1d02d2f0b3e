using PolicyParse.Model;
using PolicyParse.Pipeline;
using PolicyParse.Reading;

namespace PolicyParse.Tests.Tables;

/// <summary>Tab-cell tables in the shapes other notices use: columns are found by header name, not position.</summary>
public class TabCellTableTests
{
    private const string Body = """
        2023年某区政务服务工作要点

        一、深化审批改革。推进审批提速。
        二、优化公共服务。推动服务下沉。

        附件：2023年某区政务服务工作任务分解

        """;

    private static NoticeDocument ParseText(string text)
    {
        var blocks = text.Split('\n').Select((l, i) => (Block)new ParagraphBlock(l.TrimEnd('\r'), Model.Origin.AtLine(i + 1))).ToList();
        return new NoticeParser().Parse(new SourceDocument(new SourceInfo("test.txt", "txt", "utf-8", ""), blocks));
    }

    private static string Rows(params string[][] rows) =>
        string.Join("\n\n", rows.Select(r => string.Join("\n", r.Select(c => "\t" + c)))) + "\n";

    [Fact]
    public void Reordered_columns_with_a_sequence_column_are_mapped_by_header_name()
    {
        var doc = ParseText(Body + Rows(
            ["序号", "重点任务", "具体工作", "完成时限", "配合单位", "牵头单位"],
            ["1", "一、深化审批改革", "推进审批提速。", "2023年6月底前", "区级有关部门", "区政务服务中心"],
            ["2", "", "压减审批时限。", "持续推进", "——", "区司法局、区发展改革委"]));

        Assert.Equal(2, doc.Tasks.Count);
        var (first, second) = (doc.Tasks[0], doc.Tasks[1]);
        Assert.Equal(new KeyTask("一", 1, "深化审批改革"), first.KeyTask);
        Assert.Equal(["区政务服务中心"], first.Lead);
        Assert.Equal(["区级有关部门"], first.Support);
        Assert.Equal("2023-06", first.Deadline.Date);
        Assert.Equal(first.KeyTask, second.KeyTask); // merged cell carried down
        Assert.Equal(["区司法局", "区发展改革委"], second.Lead);
        Assert.Empty(second.Support);
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
    }

    [Fact]
    public void A_single_responsible_column_becomes_the_lead()
    {
        var doc = ParseText(Body + Rows(
            ["重点任务", "具体工作", "责任单位", "完成时间"],
            ["（一）深化审批改革", "推进审批提速。", "区政务服务中心、区司法局", "2023年12月31日"]));

        var task = Assert.Single(doc.Tasks);
        Assert.Equal(["区政务服务中心", "区司法局"], task.Lead);
        Assert.Empty(task.Support);
        Assert.Equal(new KeyTask("（一）", 1, "深化审批改革"), task.KeyTask);
    }

    [Fact]
    public void A_header_repeated_after_a_page_break_and_a_repeated_key_task_are_not_tasks()
    {
        var header = new[] { "重点任务", "具体工作", "牵头单位", "配合单位", "完成时限" };
        var doc = ParseText(Body + Rows(
            header,
            ["一、深化审批改革", "推进审批提速。", "区政务服务中心", "区级有关部门", "持续推进"],
            header,
            ["一、深化审批改革", "压减审批时限。", "区司法局", "", "持续推进"],
            ["二、优化公共服务", "推动服务下沉。", "区民政局", "各乡镇（街道）", "2023年9月前"]));

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal([1, 1, 2], doc.Tasks.Select(t => t.KeyTask?.Ordinal));
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
    }

    [Fact]
    public void An_unnumbered_key_task_takes_its_number_from_the_matching_body_heading()
    {
        var doc = ParseText(Body + Rows(
            ["重点任务", "具体工作", "牵头单位", "配合单位", "完成时限"],
            ["优化公共服务", "推动服务下沉。", "区民政局", "", "持续推进"]));

        Assert.Equal(new KeyTask("二", 2, "优化公共服务"), Assert.Single(doc.Tasks).KeyTask);
    }

    [Fact]
    public void Rows_without_blank_separators_are_cut_by_the_header_width()
    {
        var text = Body + string.Join("\n", new[]
        {
            "重点任务", "具体工作", "牵头单位", "配合单位", "完成时限",
        }.Select(c => "\t" + c)) + "\n\n" + string.Join("\n", new[]
        {
            "一、深化审批改革", "推进审批提速。", "区政务服务中心", "区级有关部门", "持续推进",
            "", "压减审批时限。", "区司法局", "", "2023年12月31日",
        }.Select(c => "\t" + c)) + "\n";

        var doc = ParseText(text);
        Assert.Equal(["推进审批提速。", "压减审批时限。"], doc.Tasks.Select(t => t.Text));
        Assert.Equal("2023-12-31", doc.Tasks[1].Deadline.Date);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_kept_with_a_warning()
    {
        var doc = ParseText(Body + Rows(
            ["重点任务", "具体工作", "牵头单位", "配合单位", "完成时限"],
            ["一、深化审批改革", "推进审批提速。", "区政务服务中心", "持续推进"]));

        var task = Assert.Single(doc.Tasks);
        Assert.Contains(task.Warnings, w => w.Code == "row.cellCount");
    }

    [Fact]
    public void A_notice_without_any_table_says_so()
    {
        var doc = ParseText(Body);
        Assert.Empty(doc.Tasks);
        Assert.Contains(doc.Diagnostics, d => d.Code == "table.notFound" && d.Severity == Severity.Error);
        Assert.Equal(["深化审批改革", "优化公共服务"], doc.Sections.Select(s => s.Title));
    }
}
