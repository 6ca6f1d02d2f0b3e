using static PolicyParse.Tests.Tables.PdfText.PdfTextTestKit;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>A -layout table whose header reading misses the 完成时限 column: its deadlines are never silently empty.</summary>
public class PdfTextLostColumnTests
{
    private const int L = 0, T = 6, Lead = 18, Sup = 25, D = 32;

    [Fact]
    public void Deadlines_printed_right_of_a_header_that_names_no_deadline_column_warn_on_every_row()
    {
        // The header names four columns; the deadline column's name was lost (an image, a cut line),
        // but its cells print right of 配合单位 and run into it.
        var table = string.Join("\n",
            "\f" + At((L, "重点任务"), (9, "具体工作"), (Lead, "牵头单位"), (Sup, "配合单位")),
            "",
            At((T, "推进审批事项清单化管"), (Lead, "区政务服务"), (Sup, "区级有关"), (D, "持续推")),
            At((L, "一、深化"), (T, "理，压减审批时限，提"), (Lead, "中心"), (Sup, "部门"), (D, "进")),
            At((L, "审批改革"), (T, "升审批效率。")),
            "",
            At((T, "全面推行告知承诺制，"), (Lead, "区司法局"), (Sup, "区民政局"), (D, "2023 年")),
            At((T, "扩大覆盖范围。"), (D, "6 月底前")),
            "",
            At((L, "二、优化"), (T, "推动服务事项下沉到基"), (Lead, "区民政局"), (Sup, "区级有关"), (D, "2023 年")),
            At((L, "公共服务"), (T, "层便民服务中心，方便"), (Sup, "部门"), (D, "12 月前")),
            At((T, "群众就近办理。")),
            "");

        var doc = Parse(Body + "\n" + table);

        Assert.Equal(3, doc.Tasks.Count);
        Assert.All(doc.Tasks, t => Assert.Contains(t.Warnings, w => w.Field == "deadline" && w.Code == "deadline.columnLost"));
    }
}
