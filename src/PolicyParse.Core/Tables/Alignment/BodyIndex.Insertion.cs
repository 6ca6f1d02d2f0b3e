using System.Text.RegularExpressions;
using PolicyParse.Lexicon;

namespace PolicyParse.Tables.Alignment;

/// <summary>Another column's text glued inside a rebuilt 具体工作 cell, found where the body reads across it.</summary>
internal sealed partial class BodyIndex
{
    /// <summary>
    /// Words inside the text that the body reads straight across (…融合互[2021年12区政务服务中心]通…):
    /// another column's text glued into the cell. Each place where the body stops reading the text
    /// on after six characters or more is tried, so a cell that starts in other words than the
    /// body's is checked too. Null when nothing is found.
    /// </summary>
    public string? Insertion(string text)
    {
        const int Side = 6, Reach = 40;
        var key = Key(text);
        Span<char> junction = stackalloc char[2 * Side];
        for (var start = 0; start < key.Length;)
        {
            var held = LongestKeyPrefix(key.AsSpan(start));
            var stop = start + held;
            if (stop >= key.Length) break;
            // A run can read a character or two into the insertion by chance (占2 of 占2021): the
            // cut may lie a little before where the run stops.
            for (var cut = stop; cut >= Math.Max(start + Side, stop - 2); cut--)
            {
                key.AsSpan(cut - Side, Side).CopyTo(junction);
                // The words after the insertion: six characters, or the last three to five of the
                // text; after a piece opening with a year (no word of the body holds one inside it)
                // the last one or two.
                var afterYear = OpensWithYear(key.AsSpan(cut));
                for (var resume = cut + 2; resume + (afterYear ? 1 : 3) <= key.Length && resume <= cut + Reach; resume++)
                {
                    var right = Math.Min(Side, key.Length - resume);
                    key.AsSpan(resume, right).CopyTo(junction[Side..]);
                    // Past the text's first run (the old, strict case) only a piece shaped like
                    // another column's counts: a cell may also word a clause otherwise than the body.
                    if (Holds(junction[..(Side + right)]) && (start == 0 && held >= 2 * Side || LooksLikeOtherColumn(key[cut..resume])))
                        return key[cut..resume];
                }
            }
            start = held > 0 ? stop : start + 1;
        }
        return DateInsertion(key);
    }

    /// <summary>Four figures and 年: a deadline cell's first line.</summary>
    private static bool OpensWithYear(ReadOnlySpan<char> piece) =>
        piece.Length > 4 && char.IsAsciiDigit(piece[0]) && char.IsAsciiDigit(piece[1]) && char.IsAsciiDigit(piece[2]) && char.IsAsciiDigit(piece[3]) && piece[4] == '年';

    /// <summary>A piece of a deadline (figures, deadline words) or a short piece ending like a unit name.</summary>
    private static bool LooksLikeOtherColumn(string piece) =>
        piece.Any(char.IsAsciiDigit) || DeadlineWords.StartsDeadline(piece) || piece.Length <= 12 && UnitNames.LooksLikeUnit(piece);

    /// <summary>
    /// A date fragment (a deadline cell's line: 2021年, 12月3, 1日) inside words the body reads
    /// straight across without it, wherever in the text it stands; a few characters either side
    /// suffice (eight in all, two at least on each side), since a date is never part of the words it interrupts. The fragment may run into
    /// the text's own figures (达[31日]100%): each part of it cut at 年, 月 or 日 is tried.
    /// </summary>
    private string? DateInsertion(string key)
    {
        const int Side = 4;
        foreach (Match m in DateFragment().Matches(key))
        {
            // Where a part may start or end: the fragment's ends and after each 年, 月 or 日 in it.
            var cuts = new List<int> { m.Index };
            for (var i = m.Index; i < m.Index + m.Length; i++)
                if (key[i] is '年' or '月' or '日') cuts.Add(i + 1);
            if (!cuts.Contains(m.Index + m.Length)) cuts.Add(m.Index + m.Length);
            foreach (var start in cuts)
                foreach (var end in cuts.Where(e => e > start))
                    // Eight characters across the fragment, more of them on the left where the words
                    // after it soon leave the body's (联[2022]动过 of …联动过户、助残 in the body).
                    for (var right = Math.Min(Side + 2, key.Length - end); right >= 2; right--)
                    {
                        var left = Math.Min(start, 2 * Side - right);
                        if (left < 2 || left + right < 5) continue;
                        var across = string.Concat(key.AsSpan(start - left, left), key.AsSpan(end, right));
                        if (Holds(across) && !Holds(key.AsSpan(start - left, left + end - start + right)))
                            return key[start..end];
                    }
        }
        return null;
    }

    [GeneratedRegex(@"[年月日]?\d+(?:[年月日]\d*)*")]
    private static partial Regex DateFragment();
}
