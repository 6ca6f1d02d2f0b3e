using PolicyParse.Lexicon;
using PolicyParse.Tables.ColumnDump;

namespace PolicyParse.Tests.Tables.ColumnDump;

/// <summary>The cheap test that lets the glued-cell split skip tails: it must never skip a deadline.</summary>
public class FragmentsTests
{
    [Fact]
    public void No_tail_after_the_last_deadline_sign_longer_than_an_ongoing_phrase_is_a_deadline()
    {
        // Deadline words, unit words, prose, digits, markers and odd whitespace, mixed at random.
        string[] pieces = ["持续推进", "长期坚持", "按时序推进", "常态化", "2022年", "12月底前", "年底前", "上半年", "第三季度", "——", "无", "/",
            "市政府办公厅", "各区县政府", "、", "，", "完成", "工作", "实施", "落实", "开展", "每年", " ", "\u3000", "\u2028", "一二三", "〇", "推进", "前"];
        var random = new Random(11);
        var tails = 0;
        for (var trial = 0; trial < 4000; trial++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            var last = Fragments.LastDeadlineSign(text);
            for (var cut = last + 1; cut < text.Length; cut++)
            {
                if (text.Length - cut <= DeadlineWords.MaxOngoingLength) continue;
                tails++;
                Assert.False(Fragments.IsDeadline(text[cut..]), text[cut..]);
            }
        }
        Assert.True(tails > 500);
        Assert.True(Fragments.IsDeadline("持续推进"));
        Assert.Equal(3, Fragments.LastDeadlineSign("市政府12月底前推进"[..4] + "持续推进"));
    }

    [Fact]
    public void Several_segments_test_agrees_with_the_split_for_every_character()
    {
        for (var c = (char)0; c < char.MaxValue; c++)
        {
            if (char.IsSurrogate(c)) continue;
            foreach (var line in new[] { $"甲{c}乙", $"{c}甲{c}", $"甲{c}" })
                Assert.True(Fragments.HasSeveralSegments(line) == Fragments.Segments(line).Count > 1, $"U+{(int)c:X4} in {line}");
        }
    }
}
