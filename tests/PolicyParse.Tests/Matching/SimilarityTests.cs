using PolicyParse.Diff;
using PolicyParse.Matching;

namespace PolicyParse.Tests.Matching;

public class SimilarityTests
{
    [Fact]
    public void Identical_texts_score_one_and_texts_sharing_no_bigram_score_zero()
    {
        Assert.Equal(1.0, Similarity.Score("推广使用网上中介服务超市。", "推广使用网上中介服务超市。"));
        Assert.Equal(0.0, Similarity.Score("推广使用网上中介服务超市。", "开展重点领域专项治理。"));
    }

    [Fact]
    public void Whitespace_width_and_punctuation_do_not_count()
    {
        Assert.Equal(1.0, Similarity.Score("区级部门占比不低于90%，依申请类事项（全程网办）", "区级部门 占比不低于９０％；依申请类事项(全程网办)。"));
    }

    [Fact]
    public void Score_is_the_dice_coefficient_of_character_bigrams()
    {
        // 专项治理 → {专项, 项治, 治理}; 专项整治 → {专项, 项整, 整治}: one shared of six → 2·1/6.
        Assert.Equal(1.0 / 3, Similarity.Score("专项治理", "专项整治"), 9);
        // Repeated bigrams count as often as they occur: 好好好 {好好×2} vs 好好 {好好} → 2·1/3.
        Assert.Equal(2.0 / 3, Similarity.Score("好好好", "好好"), 9);
    }

    [Fact]
    public void One_character_and_empty_texts_compare_sensibly()
    {
        Assert.Equal(1.0, Similarity.Score("无", "无"));
        Assert.Equal(0.0, Similarity.Score("无", "有"));
        Assert.Equal(1.0, Similarity.Score("", "。"));
        Assert.Equal(0.0, Similarity.Score("", "有"));
    }

    [Theory]
    [InlineData("加强窗口工作人员业务培训，提高服务意识和能力。", "持续加强窗口工作人员业务培训，全面提高服务意识和服务能力。")]
    [InlineData("开展重点领域突出问题专项治理。", "开展重点领域突出问题专项整治。")]
    [InlineData("推广使用网上中介服务超市。", "全面推广使用网上中介服务超市，规范中介服务行为。")]
    [InlineData("鼓励区级部门结合实际，积极探索特色做法，激发改革潜力。", "激发改革潜力，鼓励区级部门结合实际积极探索特色做法。")] // clauses reordered
    public void Light_rewordings_reach_the_default_threshold(string old, string @new)
    {
        var score = Similarity.Score(old, @new);
        Assert.True(score >= TaskMatcher.DefaultThreshold, $"{score:0.000}");
        Assert.Equal(score, Similarity.Score(@new, old));
    }

    [Fact]
    public void Distinct_tasks_of_a_real_notice_stay_below_the_default_threshold()
    {
        var texts = TestData.Parse(TestData.Sample(TestData.Fuling2021)).Tasks.Select(t => t.Text).ToList();
        var highest = texts.SelectMany((a, i) => texts.Skip(i + 1).Select(b => Similarity.Score(a, b))).Max();
        Assert.InRange(highest, 0.3, TaskMatcher.DefaultThreshold - 0.1);
    }
}
