using static PolicyParse.Tests.Tables.PdfText.PdfTextTestKit;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>Key-task labels in a narrow -raw label column are taken out whole, however they wrapped.</summary>
public class RawLabelTests
{
    private const string Plan = """
        2023年某区政务服务工作要点

        一、深化审批改革。推进审批事项清单化管理，压减审批时限。

        二、优化公共服务。推动服务事项下沉到基层便民服务中心，方便群众就近办理。

        三、推进数据共享。完善数据共享目录。

        四、规范中介服务。动态调整中介服务事项清单。

        五、提升窗口效能。推行综合窗口受理。

        六、完善评价机制。健全政务服务好差评制度。

        七、加强队伍建设。开展窗口人员业务培训。

        八、推动证照电子化。扩大电子证照应用范围。

        九、优化营商环境。压缩企业开办时间。

        十、强化政务监督。建立政务服务好差评制度，及时整改差评事项。

        十一、加强信用建设。开展重点领域突出问题专项治理，提升数据归集质量。

        附件：2023年某区政务服务工作任务分解
        """;

    private static string Table(params string[] rows) => string.Join("\n",
        ["\f重点任务 具体工作 牵头单位 配合单位 完成时限", .. rows, ""]);

    [Fact]
    public void A_key_task_number_cut_by_its_narrow_column_is_taken_out_with_the_label()
    {
        // 十一、 is cut after 十: the lone 十 is no number by itself, the next line opener completes it.
        var doc = Parse(Plan + "\n" + Table(
            "九、优化",
            "营商环境",
            "压缩企业开办时间。",
            "区市场监管",
            "局",
            "区级有关部门",
            "持续推",
            "进",
            "十、强化",
            "政务监督",
            "建立政务服务好差评",
            "制度，及时整改差评",
            "事项。",
            "区政务服务",
            "中心",
            "区级有关部门",
            "持续推",
            "进",
            "十",
            "一、加强",
            "信用建设",
            "开展重点领域突出问",
            "题专项治理，提升数",
            "据归集质量。",
            "区发展改革",
            "委",
            "区级有关部门",
            "2023 年",
            "6 月底前"));

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal([9, 10, 11], doc.Tasks.Select(t => t.KeyTask?.Ordinal ?? 0));
        Assert.Equal("持续推进", doc.Tasks[1].Deadline?.Text);
        Assert.Equal("开展重点领域突出问题专项治理，提升数据归集质量。", doc.Tasks[2].Text);
        Assert.Equal(["区发展改革委"], doc.Tasks[2].Lead);
    }

    [Fact]
    public void A_label_whose_first_line_is_only_its_number_and_which_is_worded_unlike_the_body_is_taken_out()
    {
        // The table words key task 二 otherwise than the body (提升便民服务水平): after its lone number
        // its narrow lines are the label's, up to the work text.
        var doc = Parse(Plan + "\n" + Table(
            "一、深化",
            "审批改革",
            "推进审批事项清单化",
            "管理，压减审批时限。",
            "区政务服务",
            "中心",
            "区级有关部门",
            "持续推",
            "进",
            "二、",
            "提升便民",
            "服务水平",
            "推动服务事项下沉到",
            "基层便民服务中心，",
            "方便群众就近办理。",
            "区民政局",
            "各街道办事",
            "处",
            "持续推",
            "进",
            "三、推进",
            "数据共享",
            "完善数据共享目录。",
            "区大数据发",
            "展局",
            "区级有关部门",
            "2023 年",
            "6 月底前"));

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal("推动服务事项下沉到基层便民服务中心，方便群众就近办理。", doc.Tasks[1].Text);
        Assert.Equal(["区民政局"], doc.Tasks[1].Lead);
        Assert.Equal(["各街道办事处"], doc.Tasks[1].Support);
        Assert.Equal("持续推进", doc.Tasks[1].Deadline?.Text);
    }
}
