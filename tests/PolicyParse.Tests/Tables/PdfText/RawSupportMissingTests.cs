using static PolicyParse.Tests.Tables.PdfText.PdfTextTestKit;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>An empty 配合单位 field of a -raw row is warned only when the reading is not sure of it.</summary>
public class RawSupportMissingTests
{
    private const string Plan = """
        2023年某区政务服务工作要点

        一、深化审批改革。推进审批事项清单化管理，压减审批时限，提升审批效率。全面推行告知承诺制，扩大覆盖范围。推动服务事项下沉到基层便民服务中心，方便群众就近办理。建立政务服务好差评制度，及时整改差评事项。

        附件：2023年某区政务服务工作任务分解
        """;

    private static string Table() => string.Join("\n",
        "\f重点任务 具体工作 牵头单位 配合单位",
        "完成时",
        "限",
        "一、深化",
        "审批改革",
        "推进审批事项清单化管",
        "理，压减审批时限，提",
        "升审批效率。",
        "区政务服务",
        "中心",
        "区级有关部门",
        "持续推",
        "进",
        // A work cell with no unit cell after it: the row's unit cells were not read.
        "全面推行告知承诺制，",
        "扩大覆盖范围。",
        "推动服务事项下沉到基",
        "层便民服务中心，方便",
        "群众就近办理。",
        "区民政局",
        "各乡镇（街",
        "道）",
        "2023 年",
        "6 月底前",
        // A row with its lead and deadline read and no support cell printed: nothing to doubt.
        "建立政务服务好差评制",
        "度，及时整改差评事项。",
        "区政务服务",
        "中心",
        "持续推",
        "进",
        "");

    [Fact]
    public void Empty_support_of_a_row_whose_unit_cells_were_not_read_is_warned_and_a_row_with_its_lead_is_not()
    {
        var doc = Parse(Plan + "\n" + Table());

        Assert.Equal(4, doc.Tasks.Count);
        var leadless = doc.Tasks[1];
        Assert.Empty(leadless.Lead);
        Assert.Empty(leadless.Support);
        Assert.Contains(leadless.Warnings, w => w.Field == "support" && w.Code == "support.missing");
        var last = doc.Tasks[3];
        Assert.Equal(["区政务服务中心"], last.Lead);
        Assert.Empty(last.Support);
        Assert.DoesNotContain(last.Warnings, w => w.Code == "support.missing");
        Assert.All(new[] { doc.Tasks[0], doc.Tasks[2] }, t => Assert.DoesNotContain(t.Warnings, w => w.Code == "support.missing"));
    }
}
