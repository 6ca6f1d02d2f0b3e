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
    [InlineData("区级持续推有关进部门")] // 持续推进's lines wrapped into the unit's
    public void A_support_cell_holding_a_date_or_deadline_words_is_warned(string support) =>
        Assert.Contains("support.deadlineText", Codes(Row(support: support)));

    [Theory]
    [InlineData("2021区政务服务年12中心")]  // a deadline's lines cut into the name's
    [InlineData("区司月31法局")]
    [InlineData("日区公安局")]
    [InlineData("1市级有关部门")]
    [InlineData("区司法12局")]
    [InlineData("区6发展改革委")]
    [InlineData("进市级有关部门")]      // 持续推进's 进 before the name
    public void A_lead_cell_holding_pieces_of_a_date_is_warned(string lead) =>
        Assert.Contains("lead.deadlineText", Codes(Row(lead: lead)));

    [Fact]
    public void A_deadline_holding_a_cut_有关部门_is_warned() =>
        Assert.Contains("deadline.unitText", Codes(Row(deadline: "市级有关部12月前")));

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
    // The other cells of the same table, as a rebuild would hand them over.
    private static readonly CutCells Table = CutCells.Of(
        ["市发展改革委", "市住房城乡建委、市级有关部门", "两江新区管委会", "重庆市税务局", "各乡镇（街道）", "市政府", "各有关区县政府", "各区县政府"],
        ["持续推进", "2022年8月前完成并持续推进", "2022年8月前", "2021年12月31日", "2022年6月前建立规范，工作持续推进"]);

    private static IEnumerable<string> TableCodes(RawRow row) =>
        RowValidator.Validate(row, true, _ => 1, cut: Table).Warnings.Select(w => w.Code);

    [Theory]
    [InlineData("改革委")]          // the tail of a name other rows print whole
    [InlineData("市住房城乡")]      // a head stopping inside a word
    [InlineData("两江新区管委")]    // a head stopping inside the name's ending
    [InlineData("区司法局、各乡")]
    [InlineData("区级有关部门、各乡")]
    [InlineData("各乡镇")]          // the table prints 各乡镇（街道）: the bracket was cut off
    [InlineData("府各区县政府")]    // 政府's 府 opening the cell: a name's tail
    [InlineData("县政府")]          // 各区县政府 cut between 区 and 县
    public void A_unit_that_is_only_part_of_a_name_the_table_prints_whole_is_warned(string lead) =>
        Assert.Contains("lead.cutName", TableCodes(Row(lead: lead)));

    [Theory]
    [InlineData("市发展改革委")]
    [InlineData("市政府")]           // a whole name, though 市政府办公厅 would start with it
    [InlineData("两江新区")]         // a place, in a list sharing the ending of 两江新区管委会
    [InlineData("市住房城乡建委")]
    [InlineData("区政府办公室")]
    [InlineData("有关区县政府")]
    [InlineData("各乡镇（街道）")]
    [InlineData("市税务局")]         // the tail of 重庆市税务局, but after a place name, not inside a run of levels
    [InlineData("区县政府")]         // the tail of 各区县政府 after 各 alone: a name of its own
    public void A_whole_unit_name_is_not_taken_for_a_cut_one(string lead) =>
        Assert.DoesNotContain("lead.cutName", TableCodes(Row(lead: lead)));

    [Theory]
    [InlineData("市级有关部门各区县政府")]
    [InlineData("两江新区管委会重庆市税务局")]
    [InlineData("市级有关部门城乡建委")]     // the cut tail of a name the table prints longer, run on
    [InlineData("区规划区司法局")]           // a name cut short, run on into the next row's
    [InlineData("市消防救援总队市住房城乡建委")] // an ending the whole-name list does not hold (队)
    [InlineData("市级有关部各区县政府")]
    public void Two_names_run_together_are_warned(string support) =>
        Assert.Contains("support.joinedNames", TableCodes(Row(support: support)));

    [Theory]
    [InlineData("区政府办公室")]
    [InlineData("区委宣传部（区委网信办）")]
    [InlineData("市公积金中心涪陵分中心")]
    [InlineData("区公安局等区级有关部门")]    // a list closing on a catch-all
    [InlineData("重庆市税务局")]
    [InlineData("区城市管理局")]
    [InlineData("区住房城乡建委")]
    [InlineData("西部科学城重庆高新区管委会")]
    public void A_long_single_name_is_not_taken_for_two(string support) =>
        Assert.DoesNotContain("support.joinedNames", TableCodes(Row(support: support)));

    [Theory]
    [InlineData("月31日")]
    [InlineData("2021年12")]
    [InlineData("2022月前")]
    [InlineData("2022年12月前持续推进")]
    [InlineData("月31日2021年6月30日")]
    [InlineData("2023年12月3中心1日")]  // a unit's line run into the day number
    [InlineData("持续")]               // other rows print 持续推进
    [InlineData("推进")]
    public void A_deadline_cut_inside_a_date_or_run_into_another_is_warned(string deadline) =>
        Assert.Contains(TableCodes(Row(deadline: deadline)), c => c is "deadline.cut" or "deadline.notTime");

    [Theory]
    [InlineData("进2022年8月")]          // 持续推进's 进 opening the next row's deadline
    [InlineData("进持续推")]
    [InlineData("2022年12月前持续推")]   // its head closing the cell
    [InlineData("2021年6月0日")]         // 30日 with its 3 cut off
    [InlineData("2022前建立规范，工作持续推进")]  // 年6月 cut out of the middle
    [InlineData("2022年月前")]                   // its 12 cut out
    public void A_deadline_cutting_持续推进_or_a_date_is_warned(string deadline) =>
        Assert.Contains("deadline.cut", TableCodes(Row(deadline: deadline)));

    [Theory]
    [InlineData("持续推进")]
    [InlineData("2022年8月前")]
    [InlineData("2022年8月前完成并持续推进")]
    [InlineData("2022年4月前市级完成，6月前区县完成")]
    [InlineData("2021.12.31")]
    [InlineData("工作持续推进")]
    [InlineData("2023年3季度")]
    [InlineData("每月1次")]
    [InlineData("2022—2023年")]
    [InlineData("2022年底前")]
    public void A_whole_deadline_is_not_taken_for_a_cut_one(string deadline) =>
        Assert.DoesNotContain("deadline.cut", TableCodes(Row(deadline: deadline)));

    [Fact]
    public void A_text_starting_inside_a_sentence_of_the_body_is_warned()
    {
        string[] Codes(string text) => TextCodes("推进审批事项清单化管理，压减审批时限，提升审批效率。全面推行告知承诺制，扩大覆盖范围。", text);

        Assert.Contains("text.cutStart", Codes("审批时限，提升审批效率。"));       // cut inside 压减审批时限
        Assert.DoesNotContain("text.cutStart", Codes("提升审批效率。"));                // a clause after a comma
        Assert.DoesNotContain("text.cutStart", Codes("全面推行告知承诺制，扩大覆盖范围。"));
        Assert.DoesNotContain("text.cutStart", Codes("推进审批事项清单化管理，压减审批时限，提升审批效率。"));
        Assert.DoesNotContain("text.cutStart", Codes("开展一项本文没有的工作。"));
    }

    [Fact]
    public void A_text_holding_words_the_body_reads_straight_across_is_warned()
    {
        string[] Codes(string text) => TextCodes("推进审批事项清单化管理，压减审批时限，提升审批效率。全面推行告知承诺制，扩大覆盖范围。", text);

        Assert.Contains("text.inserted", Codes("推进审批事项清单化管理，压减审批2023年6月区司法局时限，提升审批效率。"));
        Assert.DoesNotContain("text.inserted", Codes("推进审批事项清单化管理，压减审批时限，提升审批效率。"));
        Assert.DoesNotContain("text.inserted", Codes("开展一项本文没有的工作，写得很长很长。"));
    }

    [Fact]
    public void A_date_glued_inside_the_first_words_or_between_two_body_words_is_warned()
    {
        string[] Codes(string text) => TextCodes("按照统一部署，推进落实第二批通办事项。2023年底前实现审批结果互认，提升办理深度。", text);

        // too near the start for the twelve characters the general check needs
        Assert.Contains("text.inserted", Codes("按照统一部署，推2023年进落实第二批通办事项。"));
        // a deadline's lines cut into pieces inside the words
        Assert.Contains("text.inserted", Codes("2023年底前实现审批结果互认，提升办12月3理深度。"));
        // a date the body prints there too is the task's own
        Assert.DoesNotContain("text.inserted", Codes("2023年底前实现审批结果互认，提升办理深度。"));
        Assert.DoesNotContain("text.inserted", Codes("按照统一部署，推进落实第二批通办事项。"));
        // a date in words the body does not hold is not a glued one
        Assert.DoesNotContain("text.inserted", Codes("开展一项本文没有的工作，2023年6月前完成。"));
    }

    [Fact]
    public void Another_columns_text_glued_after_words_the_body_does_not_start_with_is_warned()
    {
        // The cell opens with words of its own (区级部门…), so the first run the body holds is short;
        // the glued piece sits further on, or right before the cell's last few characters.
        string[] Codes(string text) => TextCodes("积极推进审批事项网上办理，行政许可事项全程网办占比不低于九成。鼓励审批服务单位全面使用电子印章。", text);

        Assert.Contains("text.inserted", Codes("区级部门行政许可事项全程网办占2023区政务服务中心比不低于九成。"));
        Assert.Contains("text.inserted", Codes("鼓励审批服务单位全面使用区政务服务中心电子印章。"));
        // A deadline and unit line glued one character before the end: the year marks it.
        Assert.Contains("text.inserted", Codes("鼓励审批服务单位全面使用电子印2023年12区政务服务中心、区章。"));
        Assert.DoesNotContain("text.inserted", Codes("鼓励审批服务单位全面使用电子印章。"));
        // A word the table adds that is neither a unit nor a date is the table's own wording.
        Assert.DoesNotContain("text.inserted", Codes("区级部门行政许可事项全程网办占比显著不低于九成。"));
    }

    [Fact]
    public void A_date_fragment_run_into_the_texts_own_figures_is_warned()
    {
        string[] Codes(string text) => TextCodes("投诉处理事项响应率达100%，办结率达95%。", text);

        Assert.Contains("text.inserted", Codes("投诉处理事项响应率达31日100%，办结率达95%。"));
        Assert.DoesNotContain("text.inserted", Codes("投诉处理事项响应率达100%，办结率达95%。"));
    }

    [Fact]
    public void A_year_glued_where_the_cells_words_soon_leave_the_bodys_is_warned()
    {
        // The body lists the item in a series (…联动过户、助残扶残…); the cell closes it with its own
        // words (一件事), so only two characters after the glued year read on in the body.
        string[] Codes(string text) => TextCodes("新增公民婚育、二手房交易与水电气联动过户、助残扶残等套餐。", text);

        Assert.Contains("text.inserted", Codes("二手房交易与水电气联2022动过户一件事。"));
        Assert.DoesNotContain("text.inserted", Codes("二手房交易与水电气联动过户一件事。"));
    }

    [Fact]
    public void A_row_whose_work_cell_took_in_another_columns_text_has_its_unit_and_deadline_cells_warned()
    {
        const string bodyText = "推进审批事项清单化管理，压减审批时限，提升审批效率。";
        // The deadline's first line went into the work cell: the deadline and units were cut wrong
        // on that line, however well formed they read.
        var glued = TextCodes(bodyText, "推进审批事项清单化管理，压减审批2023年时限，提升审批效率。");
        Assert.Contains("lead.columnsMixed", glued);
        Assert.Contains("support.columnsMixed", glued);
        Assert.Contains("deadline.columnsMixed", glued);
        Assert.DoesNotContain(TextCodes(bodyText, "推进审批事项清单化管理，压减审批时限，提升审批效率。"), c => c.EndsWith(".columnsMixed", StringComparison.Ordinal));
    }

    /// <summary>The warning codes a rebuilt row with the given 具体工作 text gets against a one-section body.</summary>
    private static string[] TextCodes(string bodyText, string text)
    {
        var body = new PolicyParse.Tables.Alignment.BodyIndex([new Section("一、", 1, 1, "深化审批改革", bodyText, [], Origin.AtLine(1))]);
        return [.. RowValidator.Validate(Row(text: text), true, _ => 1, body: body).Warnings.Select(w => w.Code)];
    }
}
