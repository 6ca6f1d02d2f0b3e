using PolicyParse.Diff;

namespace PolicyParse.Tests.Diff;

public class InlineDiffTests
{
    [Fact]
    public void Marks_inserted_characters_and_keeps_the_rest_equal()
    {
        var edits = InlineDiff.Compute("加强窗口工作人员业务培训。", "持续加强窗口工作人员业务培训。");
        Assert.Equal([new TextEdit(TextEditKind.Insert, "持续"), new TextEdit(TextEditKind.Equal, "加强窗口工作人员业务培训。")], edits);
    }

    [Fact]
    public void A_replaced_word_is_a_delete_and_an_insert()
    {
        var edits = InlineDiff.Compute("推广使用网上中介服务超市。", "推广使用网上政务服务超市。");
        Assert.Equal(
            [
                new TextEdit(TextEditKind.Equal, "推广使用网上"),
                new TextEdit(TextEditKind.Delete, "中介"),
                new TextEdit(TextEditKind.Insert, "政务"),
                new TextEdit(TextEditKind.Equal, "服务超市。"),
            ],
            edits);
    }

    [Fact]
    public void A_single_shared_character_inside_a_replacement_does_not_split_it()
    {
        // Minimal: 专项{+整+}治[-理-]。 Readable: 专项[-治理-]{+整治+}。
        var edits = InlineDiff.Compute("开展专项治理。", "开展专项整治。");
        Assert.Equal(
            [
                new TextEdit(TextEditKind.Equal, "开展专项"),
                new TextEdit(TextEditKind.Delete, "治理"),
                new TextEdit(TextEditKind.Insert, "整治"),
                new TextEdit(TextEditKind.Equal, "。"),
            ],
            edits);
    }

    [Fact]
    public void Longer_shared_stretches_between_edits_stay_equal()
    {
        var edits = InlineDiff.Compute("加强窗口工作人员业务培训，提高服务意识和能力。", "持续加强窗口工作人员业务培训，全面提高服务意识和服务能力。");
        Assert.Equal(["持续", "全面", "服务"], edits.Where(e => e.Op == TextEditKind.Insert).Select(e => e.Text));
        Assert.DoesNotContain(edits, e => e.Op == TextEditKind.Delete);
    }

    [Theory]
    [InlineData("有序扩大增量，聚焦社会保障、卫生健康、就业创业等重点领域。", "持续扩大增量，聚焦社会保障、医疗健康、就业创业、民政救助等重点领域，推出更多套餐。")]
    [InlineData("", "新增")]
    [InlineData("删除", "")]
    [InlineData("相同", "相同")]
    [InlineData("甲乙丙丁戊己庚辛", "乙甲丁丙己戊辛庚")] // many short coincidences, folded repeatedly
    public void Old_and_new_text_can_be_rebuilt_from_the_edits(string old, string @new)
    {
        var edits = InlineDiff.Compute(old, @new);
        Assert.Equal(old, string.Concat(edits.Where(e => e.Op != TextEditKind.Insert).Select(e => e.Text)));
        Assert.Equal(@new, string.Concat(edits.Where(e => e.Op != TextEditKind.Delete).Select(e => e.Text)));
        Assert.DoesNotContain(edits, e => e.Text.Length == 0);
        Assert.All(edits.Zip(edits.Skip(1)), p => Assert.NotEqual(p.First.Op, p.Second.Op));
    }
}
