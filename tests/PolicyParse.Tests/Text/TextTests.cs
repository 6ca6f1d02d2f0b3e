using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tests.TextNormalization;

public class CjkTextTests
{
    [Theory]
    [InlineData("基于 “渝快办 ”平台", "基于“渝快办”平台")]
    [InlineData("2022年 12月前", "2022年12月前")]
    [InlineData("南岸 区、北\u3000碚区", "南岸区、北碚区")]
    [InlineData("\t区政务服务中心\u00A0 ", "区政务服务中心")]
    [InlineData("APP  and  web 应用", "APP and web应用")]
    [InlineData("7 × 24 小时", "7×24小时")]
    public void Removes_spaces_touching_CJK_and_keeps_them_between_latin_words(string input, string expected) =>
        Assert.Equal(expected, CjkText.NormalizeSpacing(input));

    [Fact]
    public void Match_key_folds_full_width_forms() => Assert.Equal("(一)2022", CjkText.MatchKey("（一） ２０２２"));

    /// <summary>The key's fast path must agree with ICU's NFKC for every character it folds by itself.</summary>
    [Fact]
    public void Fast_fold_agrees_with_nfkc_for_every_character_it_accepts()
    {
        var accepted = 0;
        for (var c = (char)0; c < char.MaxValue; c++)
        {
            if (char.IsSurrogate(c) || CjkText.FoldNfkc(c) is var folded && folded < 0) continue;
            accepted++;
            var expected = c.ToString().Normalize(System.Text.NormalizationForm.FormKC);
            Assert.True(expected == ((char)folded).ToString(), $"U+{(int)c:X4} folds to U+{folded:X4}, NFKC gives {expected}");
        }
        Assert.True(accepted > 27000, $"only {accepted} characters on the fast path");
        // Outside the fast path (… is three dots in NFKC; ① is 1), the normalizer still decides.
        Assert.Equal("...1", CjkText.MatchKey("… ①"));
    }

    [Theory]
    [InlineData("（一） ２０２２ 年　“数字重庆”建设，é")]
    [InlineData("推进“一网通办”…①、Ⅱ　ＡＢＣ　〔2022〕12号")]
    [InlineData("	区政务服务中心 、ｱｲｳ ﾟ")]
    public void Keys_equal_nfkc_then_filtering(string text)
    {
        var nfkc = text.Normalize(System.Text.NormalizationForm.FormKC);
        Assert.Equal(string.Concat(nfkc.Where(c => !CjkText.IsSpace(c) && !char.IsWhiteSpace(c))), CjkText.MatchKey(text));
        Assert.Equal(string.Concat(nfkc.Where(char.IsLetterOrDigit)), PolicyParse.Matching.TextKeys.Wording(text));
        Assert.Equal(nfkc, CjkText.FoldKc(text));
    }

    [Fact]
    public void Space_search_finds_exactly_the_space_characters()
    {
        for (var c = (char)0; c < char.MaxValue; c++)
            Assert.True(CjkText.IsSpace(c) == CjkText.ContainsSpace($"a{c}b"), $"U+{(int)c:X4}");
    }

    [Theory]
    [InlineData("２０２２")]
    [InlineData("二〇二二年")]
    [InlineData("2022")]
    [InlineData("")]
    public void Fold_kc_equals_nfkc(string text) => Assert.Equal(text.Normalize(System.Text.NormalizationForm.FormKC), CjkText.FoldKc(text));
}

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十四", 14)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("一百零二", 102)]
    [InlineData("12", 12)]
    [InlineData("１２", 12)]
    public void Parses_numerals(string text, int expected) => Assert.Equal(expected, ChineseNumerals.Parse(text));

    [Theory]
    [InlineData("二〇二二", 2022)]
    [InlineData("二○二一", 2021)]
    [InlineData("2020", 2020)]
    public void Parses_years_digit_by_digit(string text, int expected) => Assert.Equal(expected, ChineseNumerals.ParseYear(text));
}

public class HeadingTests
{
    [Theory]
    [InlineData("一、总体要求", 1, "一", 1, "总体要求")]
    [InlineData("二十、加强宣传引导。及时发布", 1, "二十", 20, "加强宣传引导")]
    [InlineData("（十四）鼓励探索创新。鼓励区级部门", 2, "（十四）", 14, "鼓励探索创新")]
    [InlineData("(一)深化改革", 2, "（一）", 1, "深化改革")]
    [InlineData("3.推行告知承诺制。", 3, "3.", 3, "推行告知承诺制")]
    [InlineData("3．推行告知承诺制", 3, "3.", 3, "推行告知承诺制")]
    [InlineData("（2）简化手续", 4, "（2）", 2, "简化手续")]
    public void Recognises_each_level(string text, int level, string number, int ordinal, string title)
    {
        var h = Heading.Match(text);
        Assert.NotNull(h);
        Assert.Equal((level, number, ordinal, title), (h.Level, h.Number, h.Ordinal, h.SplitTitle().Title));
    }

    [Theory]
    [InlineData("2021年3月3日")]
    [InlineData("1.5倍以上")]
    [InlineData("（此件公开发布）")]
    [InlineData("一")]
    public void Ignores_lines_that_are_not_headings(string text) => Assert.Null(Heading.Match(text));
}

public class DateLineTests
{
    [Theory]
    [InlineData("2022年3月12日", "2022-03-12")]
    [InlineData("二〇二二年三月十二日", "2022-03-12")]
    [InlineData("二○二一年十二月三十一日", "2021-12-31")]
    public void Parses_dates(string text, string iso)
    {
        Assert.True(DateLine.TryParse(text, out var parsed));
        Assert.Equal(iso, parsed);
    }

    [Theory]
    [InlineData("2022年2月30日")]
    [InlineData("2022年3月12日前完成")]
    public void Rejects_non_dates(string text) => Assert.False(DateLine.TryParse(text, out _));
}
