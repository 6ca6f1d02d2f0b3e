using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Tables;
using PolicyParse.Tables.Validation;

namespace PolicyParse.Tests.Tables.Validation;

/// <summary>One test per shape rule: a field breaking it gets the rule's warning; a well-formed field gets none.</summary>
public class RowValidatorTests
{
    private static RawRow Row(string text = "推进审批提速。", string lead = "区政务服务中心", string support = "区司法局", string deadline = "2023年6月底前") =>
        new(new Dictionary<TaskColumn, string>
        {
            [TaskColumn.KeyTask] = "一、深化审批改革", [TaskColumn.Text] = text, [TaskColumn.Lead] = lead,
            [TaskColumn.Support] = support, [TaskColumn.Deadline] = deadline,
        }, Origin.AtLine(1), []);

    private static IEnumerable<string> Codes(RawRow row, bool rebuilt = true, double coverage = 1) =>
        RowValidator.Validate(row, rebuilt, _ => coverage).Warnings.Select(w => w.Code);

    [Fact]
    public void A_well_formed_row_gets_no_warning() =>
        Assert.Empty(Codes(Row(support: "区文旅委、各乡镇（街道）、区级有关部门等", deadline: "2023年5月底前完成试点，10月底前全面推开")));

    [Theory]
    [InlineData("区2021年12月交通局")]
    [InlineData("区司法局、2023年6月前")]
    [InlineData("区教委持续推进")]
    public void A_support_cell_holding_a_date_or_deadline_words_is_warned(string support) =>
        Assert.Contains("support.deadlineText", Codes(Row(support: support)));

    [Fact]
    public void A_lead_cell_holding_a_date_is_warned() =>
        Assert.Contains("lead.deadlineText", Codes(Row(lead: "区数据资源局2024年")));

    [Theory]
    [InlineData("2023年6月底前区交通局")]
    [InlineData("持续推进市数据资源局")]
    public void A_deadline_naming_a_unit_is_warned(string deadline) =>
        Assert.Contains("deadline.unitText", Codes(Row(deadline: deadline)));

    [Fact]
    public void A_deadline_with_no_time_in_it_is_warned() =>
        Assert.Contains("deadline.notTime", Codes(Row(deadline: "形成数据清单")));

    [Theory]
    [InlineData("2023年6月底前上线并常态化运行")]
    [InlineData("——")]
    [InlineData("三季度")]
    public void Deadline_shapes_of_the_domain_are_not_warned(string deadline) =>
        Assert.DoesNotContain(Codes(Row(deadline: deadline)), c => c.StartsWith("deadline.", StringComparison.Ordinal));

    [Fact]
    public void An_empty_lead_is_warned_an_empty_support_is_not()
    {
        Assert.Contains("lead.empty", Codes(Row(lead: "")));
        Assert.Empty(Codes(Row(support: ""), rebuilt: false));
        Assert.Empty(Codes(Row(support: "——")));
    }

    [Theory]
    [InlineData("各乡镇（街", "support.brackets")]
    [InlineData("道）", "support.brackets")]
    [InlineData("区文旅委、区教", "support.cutName")]
    public void A_unit_cut_inside_its_brackets_or_mid_name_is_warned(string support, string code) =>
        Assert.Contains(code, Codes(Row(support: support)));

    [Fact]
    public void An_empty_deadline_in_a_rebuilt_table_is_warned_a_marker_is_not()
    {
        Assert.Empty(Codes(Row(support: "")));
        Assert.Contains("deadline.empty", Codes(Row(deadline: "")));
        Assert.Empty(Codes(Row(support: "——", deadline: "——")));
        Assert.Empty(Codes(Row(support: "", deadline: ""), rebuilt: false));
    }

    [Fact]
    public void A_catch_all_closing_a_list_is_not_a_cut_name() =>
        Assert.Empty(Codes(Row(support: "区教委、其他相关单位依职能配合")));

    [Fact]
    public void A_rebuilt_text_ending_mid_sentence_is_warned_a_real_grid_is_not()
    {
        Assert.Contains("text.cut", Codes(Row(text: "推进审批事项清单化管理，压减审批")));
        Assert.DoesNotContain("text.cut", Codes(Row(text: "推进审批事项清单化管理，压减审批"), rebuilt: false));
    }

    [Fact]
    public void A_rebuilt_text_the_body_does_not_restate_is_warned()
    {
        Assert.Contains("text.notInBody", Codes(Row(), coverage: 0.2));
        Assert.DoesNotContain("text.notInBody", Codes(Row(), coverage: 0.9));
        Assert.DoesNotContain("text.notInBody", Codes(Row(), rebuilt: false, coverage: 0.2));
    }

    [Fact]
    public void A_warning_a_backend_already_gave_is_not_repeated()
    {
        var row = Row(support: "道）") with { Warnings = [new FieldWarning("support", "support.brackets", "from the backend")] };
        Assert.Single(RowValidator.Validate(row, true, null).Warnings, w => w.Code == "support.brackets");
    }

    [Fact]
    public void The_rules_run_on_every_strategy_through_the_pipeline()
    {
        // A clean tab-cell copy whose support cell holds a deadline: the backend reads it exactly, the validator warns.
        var doc = PdfText.PdfTextTestKit.Parse(PdfText.PdfTextTestKit.Body + """

            	重点任务
            	具体工作
            	牵头单位
            	配合单位
            	完成时限

            	一、深化审批改革
            	推进审批事项清单化管理，压减审批时限，提升审批效率。
            	区政务服务中心
            	区2021年12月交通局
            	持续推进

            """);
        var task = Assert.Single(doc.Tasks);
        Assert.Contains(task.Warnings, w => w.Field == "support" && w.Code == "support.deadlineText");
    }
}
