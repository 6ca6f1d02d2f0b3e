using PolicyParse.Tests.Tables.PdfText;

namespace PolicyParse.Tests.Tables.ColumnDump;

/// <summary>
/// A column dump prints a 具体工作 cell over several lines, so a line that ends no sentence usually
/// goes on below. Cells need not end with 。, though: a line the body opens a sentence with, where the
/// body does not read the line above on into it, starts the next row.
/// </summary>
public class DumpCellEndTests
{
    private const string Body = """
        2023年某区数据工作要点

        一、夯实数据底座。按要求推进政务数据资源目录编制和数据资源“一本账”。依托共享平台，推动部门数据按需回流基层，扩大共享覆盖范围。编制数据目录清单。

        二、深化数据应用。围绕企业群众办事需求持续拓展电子证照应用场景，推动高频证照在线亮证核验。持续拓展电子证照应用场景是年度重点。开展自助终端建设，深化基层便民服务站点。健全审批服务流程，优化事项清单。加强基层便民服务站点，健全审批服务流程。

        附件：2023年某区数据工作任务分解

        """;

    private static string Dump(params string[] texts) => Body + string.Join("\n", new[]
    {
        "2023年某区数据工作任务分解",
        "重点任务 具体工作 牵头单位 配合单位 完成时限",
        "一、夯实数据底座",
        "二、深化数据应用",
    }.Concat(texts).Concat(
    [
        "区大数据局", "区大数据局", "区政务服务中心",
        "区级有关部门", "各乡镇（街道）", "区级有关部门",
        "2023年6月30日", "持续推进", "2023年12月31日", "",
    ]));

    [Fact]
    public void A_cell_without_a_full_stop_ends_where_the_body_opens_a_sentence()
    {
        var doc = PdfTextTestKit.Parse(Dump(
            "按要求推进政务数据资源目录编制和数据资源“一本账”",
            "依托共享平台，推动部门数据按需回流基层，扩大共享覆盖范围。",
            "围绕企业群众办事需求持续拓展电子证照应用场景，推动高频证照在线亮证核验。"));

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal("按要求推进政务数据资源目录编制和数据资源“一本账”", doc.Tasks[0].Text);
        Assert.Equal("依托共享平台，推动部门数据按需回流基层，扩大共享覆盖范围。", doc.Tasks[1].Text);
        Assert.Equal(["区大数据局"], doc.Tasks[1].Lead);
        Assert.Equal(["各乡镇（街道）"], doc.Tasks[1].Support);
    }

    [Fact]
    public void A_line_the_body_reads_on_into_stays_in_the_cell_above()
    {
        // The second line's words open a sentence elsewhere in the body, but here the body reads
        // straight across the break: one cell.
        var doc = PdfTextTestKit.Parse(Dump(
            "按要求推进政务数据资源目录编制和数据资源“一本账”。",
            "依托共享平台，推动部门数据按需回流基层，扩大共享覆盖范围。",
            "围绕企业群众办事需求",
            "持续拓展电子证照应用场景，推动高频证照在线亮证核验。"));

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal("围绕企业群众办事需求持续拓展电子证照应用场景，推动高频证照在线亮证核验。", doc.Tasks[2].Text);
    }

    [Fact]
    public void A_short_line_the_body_holds_as_a_whole_sentence_starts_a_row()
    {
        var doc = PdfTextTestKit.Parse(Dump(
            "按要求推进政务数据资源目录编制和数据资源“一本账”。",
            "依托共享平台，推动部门数据按需回流基层，扩大共享覆盖范围",
            "编制数据目录清单。"));

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal("编制数据目录清单。", doc.Tasks[2].Text);
        Assert.Equal(["区政务服务中心"], doc.Tasks[2].Lead);
    }

    [Fact]
    public void Words_read_across_in_another_sentence_do_not_join_the_lines()
    {
        // The body reads 便民服务站点，健全审批服务 across in one sentence, but after 深化基层便民服务站点 it ends one.
        var doc = PdfTextTestKit.Parse(Dump(
            "按要求推进政务数据资源目录编制和数据资源“一本账”。",
            "开展自助终端建设，深化基层便民服务站点",
            "健全审批服务流程，优化事项清单。"));

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal("健全审批服务流程，优化事项清单。", doc.Tasks[2].Text);
    }
}
