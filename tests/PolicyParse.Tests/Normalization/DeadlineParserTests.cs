using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Normalization;

namespace PolicyParse.Tests.Normalization;

public class DeadlineParserTests
{
    [Theory]
    [InlineData("持续推进", DeadlineKinds.Ongoing, null, true)]
    [InlineData("长期坚持", DeadlineKinds.Ongoing, null, true)]
    [InlineData("按时序推进", DeadlineKinds.Ongoing, null, true)]
    [InlineData("2021年12月31日", DeadlineKinds.Date, "2021-12-31", false)]
    [InlineData("2021年6月30日", DeadlineKinds.Date, "2021-06-30", false)]
    [InlineData("2022年8月前", DeadlineKinds.Month, "2022-08", false)]
    [InlineData("2022年 12月前", DeadlineKinds.Month, "2022-12", false)]
    [InlineData("2022年9月底前实现“川渝通办”第三批事项通办", DeadlineKinds.Month, "2022-09", false)]
    [InlineData("2022年8月前完成并持续推进", DeadlineKinds.Month, "2022-08", true)]
    [InlineData("2022年底前", DeadlineKinds.Month, "2022-12", false)]
    [InlineData("2022年上半年", DeadlineKinds.Month, "2022-06", false)]
    [InlineData("2022年第三季度", DeadlineKinds.Month, "2022-09", false)]
    [InlineData("二〇二二年六月底前", DeadlineKinds.Month, "2022-06", false)]
    [InlineData("２０２２年１０月", DeadlineKinds.Month, "2022-10", false)]
    [InlineData("——", DeadlineKinds.None, null, false)]
    [InlineData("", DeadlineKinds.None, null, false)]
    [InlineData("视情况而定", DeadlineKinds.Other, null, false)]
    public void Parses_each_shape(string text, string kind, string? date, bool ongoing)
    {
        var d = DeadlineParser.Parse(text);
        Assert.Equal(kind, d.Kind);
        Assert.Equal(date, d.Date);
        Assert.Equal(ongoing, d.Ongoing);
    }

    [Fact]
    public void Keeps_the_text_with_stray_spaces_removed() =>
        Assert.Equal("2022年12月前", DeadlineParser.Parse("2022年 12月前").Text);

    [Fact]
    public void Several_dates_become_milestones_inheriting_the_year()
    {
        var d = DeadlineParser.Parse("2022年4月前市级完成， 6月前区县完成");
        Assert.Equal(DeadlineKinds.Milestones, d.Kind);
        Assert.Equal("2022-06", d.Date);
        Assert.Equal(
            [new Milestone("2022年4月前市级完成", "2022-04"), new Milestone("6月前区县完成", "2022-06")],
            d.Milestones);
    }

    [Theory]
    [InlineData("2021年12月31日", true)]
    [InlineData("持续推进", true)]
    [InlineData("——", true)]
    [InlineData("区政务服务中心", false)]
    [InlineData("2021年底前实现同一事项在成渝地区双城经济圈同标准受理、无差别办理、行政审批结果互认等一系列很长的工作内容", false)]
    public void Recognises_the_shape_of_a_deadline(string text, bool expected) =>
        Assert.Equal(expected, DeadlineWords.LooksLikeDeadline(text));
}

public class DeadlineVarietyTests
{
    [Theory]
    [InlineData("2021.12.31", DeadlineKinds.Date, "2021-12-31", "on")]
    [InlineData("2021-12-31", DeadlineKinds.Date, "2021-12-31", "on")]
    [InlineData("2021/12/31", DeadlineKinds.Date, "2021-12-31", "on")]
    [InlineData("2022年8月前", DeadlineKinds.Month, "2022-08", "before")]
    [InlineData("2022年8月底前", DeadlineKinds.Month, "2022-08", "byEnd")]
    [InlineData("2022年8月完成", DeadlineKinds.Month, "2022-08", "in")]
    [InlineData("2022年底前", DeadlineKinds.Month, "2022-12", "byEnd")]
    public void Numeric_dates_and_month_qualifiers(string text, string kind, string date, string qualifier)
    {
        var d = DeadlineParser.Parse(text);
        Assert.Equal((kind, date, qualifier), (d.Kind, d.Date, d.Qualifier));
    }

    [Theory]
    [InlineData("12月底前", "2023-12", "byEnd")]
    [InlineData("8月前", "2023-08", "before")]
    [InlineData("年底前", "2023-12", "byEnd")]
    [InlineData("上半年", "2023-06", "byEnd")]
    [InlineData("三季度", "2023-09", "byEnd")]
    public void A_month_without_a_year_takes_the_notice_year(string text, string date, string qualifier)
    {
        var d = DeadlineParser.Parse(text, 2023);
        Assert.Equal((DeadlineKinds.Month, date, qualifier, true), (d.Kind, d.Date, d.Qualifier, d.YearFromNotice));
        Assert.Equal(DeadlineKinds.Other, DeadlineParser.Parse(text).Kind); // without a year to give, no date is invented
    }

    [Theory]
    [InlineData("每季度", "quarter")]
    [InlineData("每月", "month")]
    [InlineData("长期坚持", null)]
    public void Recurring_and_standing_deadlines_are_ongoing(string text, string? every)
    {
        var d = DeadlineParser.Parse(text, 2023);
        Assert.Equal((DeadlineKinds.Ongoing, true, every, (string?)null), (d.Kind, d.Ongoing, d.Every, d.Date));
    }
}
