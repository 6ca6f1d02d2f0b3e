using CsCheck;
using PolicyParse.Tables.Alignment;

namespace PolicyParse.Tests.Tables.Alignment;

/// <summary>
/// The clause starts of a section found in one scan are those found by splitting it at every
/// clause mark and keying each piece: on texts of CJK, ASCII and full-width letters and digits,
/// every clause mark, other punctuation and spaces, and characters that do not fold on their own
/// (a combining accent, a ligature, a circled digit, a character outside the BMP).
/// </summary>
public class ClauseStartsTests
{
    private static readonly string[] Pieces =
        ["推进", "政务", "服务", "a", "Z", "7", "２", "Ｑ", "。", "；", ";", "！", "？", "!", "?", "：", ":", "，", ",", "、", "\n",
         "\r", " ", "\u3000", "（", "）", "——", ".", "-", "“", "e\u0301", "ﬁ", "①", "𠀀", "é", "·"];

    [Fact]
    public void One_scan_finds_the_starts_that_keying_each_piece_finds()
    {
        Gen.OneOf(Pieces).Array[0, 40].Select(string.Concat).Sample(
            text => BodyIndex.ClauseStarts(text).SetEquals(BodyIndex.ClauseStartsByPiece(text)),
            iter: 20_000, print: text => $"'{text}'");
    }

    [Fact]
    public void Starts_are_offsets_in_the_key()
    {
        // 推进，服务。a２ → key 推进服务a2: pieces start at 0, 2 and 4; the end (6) counts too.
        Assert.Equal([0, 2, 4, 6], BodyIndex.ClauseStarts("推进，服务。a２").Order());
    }
}
