using PolicyParse.Lexicon;
using System.Text.RegularExpressions;
using PolicyParse.Normalization;
using PolicyParse.Text;

namespace PolicyParse.Tables.ColumnDump;

/// <summary>Shapes of the pieces a column dump cuts cells into.</summary>
internal static partial class Fragments
{
    /// <summary>Characters deadline cells are made of: 2022年8 / 月前完 / 成并持 / 续推进 are all pieces of one.</summary>
    [GeneratedRegex(@"^[0-9０-９〇一二三四五六七八九十年月日前底末完成并持续推进按时序季度上下半每长期常态化]{1,10}$")]
    private static partial Regex DeadlinePiece();

    public static bool IsDeadlinePiece(string text) => DeadlinePiece().IsMatch(CjkText.NormalizeSpacing(text));

    /// <summary>
    /// A whole 完成时限 cell, with or without its year: 年底前, 上半年 and 10月底前 take the notice's year
    /// (docs/domain.md#deadlines), and which year it is does not change the cell's shape. A year-less
    /// point is a cell only when it is short and no sentence: 上半年完成普查。 is work text.
    /// </summary>
    public static bool IsDeadline(string text)
    {
        var t = CjkText.NormalizeSpacing(text);
        if (DeadlineWords.LooksLikeDeadline(t)) return true;
        return t.Length is > 0 and <= 20 && !CjkText.EndsSentence(t)
            && StartsWithPoint(t) && DeadlineWords.HasPoint(t, noticeYear: AnyYear);
    }

    // Any year reads a year-less point; the shape is all that is asked.
    private const int AnyYear = 2000;

    /// <summary>A year-less deadline cell begins with its point in time (年底前, 10月底前, 上半年, 第三季度), not with work words.</summary>
    private static bool StartsWithPoint(string t) => YearlessStart().IsMatch(t);

    [GeneratedRegex(@"^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月|^(?:上|下)半年|^第?[一二三四1-4１-４]季度|^年(?:底|末)|^(?:今年|本年|当年)")]
    private static partial Regex YearlessStart();

    /// <summary>
    /// The index of the last character in the text that a deadline cell cannot do without, or -1:
    /// a tail of the text that starts after it and is longer than
    /// <see cref="DeadlineWords.MaxOngoingLength"/> is no deadline. Such a tail has no whitespace,
    /// so normalising leaves it as it is; it is too long for an ongoing phrase, names no point in
    /// time (<see cref="DeadlineWords.IsPointSign"/>) and is no empty marker (——, -, －, 无, /, ／).
    /// </summary>
    public static int LastDeadlineSign(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (DeadlineWords.IsPointSign(c) || CjkText.IsEmptyMarkerChar(c) || char.IsWhiteSpace(c) || CjkText.IsSpace(c))
                return i;
        }
        return -1;
    }

    public static bool IsEmptyMarker(string text) => CjkText.IsEmptyMarker(CjkText.NormalizeSpacing(text)) && text.Trim().Length > 0;

    /// <summary>
    /// A piece of a unit cell: a unit list, or text made of unit-name parts (市经济信息委、市 / 政局、市市场监 / 务局).
    /// </summary>
    public static bool IsUnitPiece(string text)
    {
        var t = CjkText.NormalizeSpacing(text);
        if (t.Length == 0 || t.Length > 60 || t.IndexOfAny(['。', '“', '”', '《', '》', '"']) >= 0) return false;
        if (UnitNames.IsUnitList(t)) return true;
        var parts = BracketAwareSplitter.Split(t, "、，,");
        if (parts.Count == 0 || parts.Any(p => p.Length > 25)) return false;
        if (parts.Count == 1) return UnitNames.LooksLikeUnit(t) || t.Length <= 2;
        // Cut at either end: the first part may be a name's tail (政局), the last a name's head (市市场监).
        var first = parts[0];
        var last = parts[^1];
        return (UnitNames.LooksLikeUnit(first) || first.Length <= 2)
            && (UnitNames.LooksLikeUnit(last) || last.Length <= 6)
            && parts.Skip(1).SkipLast(1).All(UnitNames.LooksLikeUnit);
    }

    /// <summary>Splits a line at whitespace runs: in a dump they separate columns (and, alas, sit beside quotes).</summary>
    public static List<string> Segments(string raw) =>
        WhitespaceRun().Split(raw.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>True when <see cref="Segments"/> gives more than one: whitespace (\s is char.IsWhiteSpace's set) inside the trimmed line.</summary>
    public static bool HasSeveralSegments(string raw)
    {
        foreach (var c in raw.AsSpan().Trim())
            if (char.IsWhiteSpace(c)) return true;
        return false;
    }

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex WhitespaceRun();
}
