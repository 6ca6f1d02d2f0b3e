using CsCheck;
using PolicyParse.Lexicon;
using PolicyParse.Normalization;

namespace PolicyParse.Tests.Normalization;

public class UnitListParserTests
{
    [Theory]
    [InlineData("区政务服务中心、区司法局", new[] { "区政务服务中心", "区司法局" })]
    [InlineData("市级有关部门，各区县政府", new[] { "市级有关部门", "各区县政府" })]
    [InlineData("市政府办公厅, 市司法局; 市公安局", new[] { "市政府办公厅", "市司法局", "市公安局" })]
    [InlineData("区委编办、各乡镇（街道）", new[] { "区委编办", "各乡镇（街道）" })]
    [InlineData("区人力社保局、区公安局等区级有关部门、各乡镇（街道）", new[] { "区人力社保局", "区公安局等区级有关部门", "各乡镇（街道）" })]
    [InlineData("区交通局、区文化旅游委等", new[] { "区交通局", "区文化旅游委等" })]
    [InlineData("各区县（自治县）政府、市级有关部门。", new[] { "各区县（自治县）政府", "市级有关部门" })]
    [InlineData("市 政府办公厅 、 市 发展改革委", new[] { "市政府办公厅", "市发展改革委" })]
    public void Splits_on_list_separators_outside_brackets(string cell, string[] expected) =>
        Assert.Equal(expected, UnitListParser.Split(cell));

    [Theory]
    [InlineData("")]
    [InlineData("——")]
    [InlineData("—")]
    [InlineData("\u3000")]
    [InlineData("  ")]
    [InlineData("无")]
    public void Empty_markers_mean_no_units(string cell) => Assert.Empty(UnitListParser.Split(cell));

    [Theory]
    [InlineData("区政务服务中心、区司法局", true)]
    [InlineData("区公安局等区级有关部门", true)]
    [InlineData("各乡镇（街道）", true)]
    [InlineData("涪陵新城区管委会", true)]
    [InlineData("持续推进", false)]
    [InlineData("全面承接落实市政府决定取消、下放和改变管理方式的行政许可事项。", false)]
    [InlineData("2021年12月31日", false)]
    public void Recognises_the_shape_of_a_unit_list(string text, bool expected) =>
        Assert.Equal(expected, UnitNames.IsUnitList(text));

    /// <summary>The quick test may only rule out texts the full one rejects: never a real list.</summary>
    [Fact]
    public void Last_character_test_never_rules_out_a_unit_list()
    {
        var pieces = Gen.OneOf(
            PolicyParse.Tests.Generators.SyntheticTables.Unit,
            Gen.OneOf("、", "，", ",", "；", "。", " ", "\u3000", "——", "—", "-", "无", "/", "等", "（街道）", "(试行)", "持续推进", "2022年", "年底前", "工作"));
        pieces.List[1, 8].Select(string.Concat).Sample(text =>
        {
            if (UnitNames.IsUnitList(text)) Assert.True(UnitNames.CanEndUnitList(text), text);
            for (var cut = 1; cut < text.Length; cut++)
                if (UnitNames.IsUnitList(text[..cut])) Assert.True(UnitNames.CanEndUnitList(text.AsSpan(0, cut)), text[..cut]);
        }, iter: 3000);
    }
}

public class UnitListReadingTests
{
    [Fact]
    public void A_closing_etc_is_a_fact_about_the_list()
    {
        var list = UnitListParser.Parse("区交通局、区文化旅游委等");
        Assert.Equal(["区交通局", "区文化旅游委"], list.Names);
        Assert.True(list.AndOthers);
        Assert.False(UnitListParser.Parse("区公安局等区级有关部门").AndOthers);
        Assert.Equal(["区公安局等区级有关部门"], UnitListParser.Parse("区公安局等区级有关部门").Names);
    }

    [Fact]
    public void Space_separated_names_are_split_when_each_is_a_unit() =>
        Assert.Equal(["区财政局", "区税务局", "区人力社保局"], UnitListParser.Parse("区财政局 区税务局　区人力社保局").Names);

    [Fact]
    public void A_lead_marker_is_not_part_of_the_name()
    {
        var list = UnitListParser.Parse("区财政局（牵头）、区税务局");
        Assert.Equal(["区财政局", "区税务局"], list.Names);
        Assert.Equal(["区财政局"], list.MarkedLead);
    }

    [Fact]
    public void Collective_names_keep_their_own_enumeration_comma() =>
        Assert.Equal(["各县、市、区政府", "市级有关部门"], UnitListParser.Parse("各县、市、区政府，市级有关部门").Names);
}
