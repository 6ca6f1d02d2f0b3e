using PolicyParse.Tables.PdfText;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>Which dumps the -raw strategy claims: default mode interleaves a row's columns line by line.</summary>
public class RawLooksRawTests
{
    [Fact]
    public void A_dump_interleaving_work_lines_with_unit_fragments_is_not_read_as_raw()
    {
        // Each unfinished work line is followed by a short piece of another column, and the sentence
        // goes on after it: pdftotext's default mode, not -raw (which prints a cell's lines together).
        var text = PdfTextTestKit.Body + "\n" + string.Join("\n",
            "\f重点任务 具体工作 牵头单位 配合单位 完成时限",
            "推进审批事项清单化管",
            "区政务",
            "理，压减审批时限，提",
            "持续推进",
            "升审批效率。",
            "全面推行告知承诺制，",
            "区司法局",
            "扩大覆盖范围。",
            "2023 年",
            "6 月底前",
            "");
        var context = PdfTextTestKit.Context(PdfTextTestKit.Source(text));

        Assert.Null(new PdfTextRawStrategy().TryReconstruct(context));
    }

    private const string NumberedPlan = """
        2023年某区政务服务工作要点

        一、深化审批改革。推进审批事项清单化管理，压减审批时限，提升审批效率。全面推行告知承诺制，扩大覆盖范围。建立政务服务好差评制度，及时整改差评事项。

        二、优化公共服务。推动服务事项下沉到基层便民服务中心，方便群众就近办理。完善自助服务终端布局，延长自助服务时间。

        附件：2023年某区政务服务工作任务分解
        """;

    [Fact]
    public void A_numbered_raw_table_whose_work_cells_fit_one_line_is_read_as_raw()
    {
        // A 序号 column opens each row's line, the work column is wide enough for a whole cell and
        // the unit columns are narrow: the lines that open with a run are mostly unit fragments,
        // and each row's last one is followed by the next row's number. Still -raw: the work text
        // after the number is each row's line opener.
        var text = NumberedPlan + "\n" + string.Join("\n",
            "\f序号 重点任务 具体工作 完成时限 牵头单位 配合单位",
            "1 一、深化审批改革 推进审批事项清单化管理，压减审批时限，提升审批效率。 持续推进 区政务服",
            "务中心",
            "区级有关部",
            "门、各街道",
            "2 全面推行告知承诺制，扩大覆盖范围。 持续推进 区司法局",
            "区级有关部",
            "门、各街道",
            "3 建立政务服务好差评制度，及时整改差评事项。 持续推进 区政务服",
            "务中心",
            "区级有关部",
            "门、各街道",
            "4 二、优化公共服务 推动服务事项下沉到基层便民服务中心，方便群众就近办理。 持续推进 区民政局",
            "各乡镇人民",
            "政府、各街道",
            "5 完善自助服务终端布局，延长自助服务时间。 持续推进 区大数据局",
            "区级有关部",
            "门、各街道",
            "");
        var context = PdfTextTestKit.Context(PdfTextTestKit.Source(text));

        Assert.NotNull(new PdfTextRawStrategy().TryReconstruct(context));
        var tasks = PdfTextTestKit.Parse(text).Tasks;
        Assert.Equal(5, tasks.Count);
        Assert.Equal(["区政务服务中心", "区司法局", "区政务服务中心", "区民政局", "区大数据局"], tasks.Select(t => string.Join("、", t.Lead)));
        Assert.Equal(["区级有关部门、各街道", "区级有关部门、各街道", "区级有关部门、各街道", "各乡镇人民政府、各街道", "区级有关部门、各街道"],
            tasks.Select(t => string.Join("、", t.Support)));
    }
}
