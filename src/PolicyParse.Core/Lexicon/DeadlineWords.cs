using System.Text.RegularExpressions;

namespace PolicyParse.Lexicon;

/// <summary>
/// The words and shapes of 完成时限 cells: dates, months, seasons, halves, year ends and ongoing
/// phrases (持续推进, 长期坚持, 按时序推进).
/// </summary>
internal static partial class DeadlineWords
{
    private const string Num = "[0-9０-９]{1,4}|[〇○零一二三四五六七八九十]{1,4}";

    // A point in time: optional year, month or season, optional day; or a numeric date (2021.12.31, 2021-12-31, 2021/12/31).
    [GeneratedRegex(
        $@"(?<![0-9０-９])(?<nyear>[0-9]{{4}})(?<sep>[./\-])(?<nmonth>[0-9]{{1,2}})(?:\k<sep>(?<nday>[0-9]{{1,2}}))?(?![0-9])|(?:(?<year>[0-9０-９]{{4}}|[〇○零一二三四五六七八九]{{4}})年)?(?:(?<month>{Num})月(?:(?<day>{Num})日)?(?<end>底|末)?|(?<half>上半年|下半年)|(?:第?(?<quarter>[一二三四1-4１-４])季度)(?<end2>末|底)?|(?<yearEnd>年底|年末|底|末))")]
    private static partial Regex TimePoint { get; }

    /// <summary>
    /// Every point in time TimePoint reads holds an ASCII digit (a numeric date) or one of 月, 半
    /// (上半年), 季 (季度), 底, 末: a text without any names none, and is not searched.
    /// </summary>
    public static bool IsPointSign(char c) => c is >= '0' and <= '9' or '月' or '半' or '季' or '底' or '末';

    private static bool HasPointSign(string text)
    {
        foreach (var c in text)
            if (IsPointSign(c)) return true;
        return false;
    }

    /// <summary>The longest ongoing phrase (持续推进, 按时序推进) read as a deadline; empty markers are shorter still.</summary>
    public const int MaxOngoingLength = 8;

    [GeneratedRegex("每(?<p>季度|月|半年|年)")]
    private static partial Regex Recurring { get; }

    // An ongoing deadline is a short phrase made only of these: 持续推进, 长期坚持, 按时序推进, 常态化开展…
    private const string OngoingPhraseChars = "持续推进长期坚持常态化按时序进度开展实施动态逐步每年完成并工作落实";

    [GeneratedRegex("持续|长期|常态化|每年|每季度|每月|每半年|按时序|按进度|逐步|动态")]
    private static partial Regex OngoingWords { get; }

    /// <summary>A recurring deadline (每季度, 每月, 每半年, 每年): quarter, month, halfYear, year; else null.</summary>
    public static string? Recurrence(string text) => Recurring.Match(text) is { Success: true } r ? r.Groups["p"].Value switch
    {
        "季度" => "quarter", "月" => "month", "半年" => "halfYear", _ => "year",
    } : null;

    /// <summary>An ongoing word (持续, 长期, 常态化, 每年, 按时序…) anywhere in the text.</summary>
    public static bool IsOngoing(string text) => OngoingWords.IsMatch(text);

    /// <summary>The longest text (spacing normalised) that can be a deadline cell.</summary>
    public const int MaxCellLength = 40;

    /// <summary>True when the text has the shape of a deadline cell (a date, a month, an ongoing phrase or ——).</summary>
    public static bool LooksLikeDeadline(string text)
    {
        var t = CjkText.NormalizeSpacing(text);
        if (t.Length == 0 || t.Length > MaxCellLength) return false;
        if (CjkText.IsEmptyMarker(t)) return true;
        // Longer than an ongoing phrase, only a point in time makes a deadline.
        if (t.Length > MaxOngoingLength && !HasPointSign(t)) return false;
        return HasPoint(t)
            || (IsOngoing(t) && t.Length <= MaxOngoingLength && t.All(OngoingPhraseChars.Contains));
    }

    /// <summary>The start of a 完成时限 cell: a year, an ongoing phrase, or a whole deadline.</summary>
    public static bool StartsDeadline(string text)
    {
        var t = CjkText.NormalizeSpacing(text);
        if (t.Length == 0) return false;
        if (LooksLikeDeadline(t)) return true;
        if (t.Length >= 5 && t[..4].All(char.IsAsciiDigit) && t[4] == '年') return true;
        return t.StartsWith("持续", StringComparison.Ordinal) || t.StartsWith('按')
            || t.StartsWith("长期", StringComparison.Ordinal) || t.StartsWith("常态", StringComparison.Ordinal);
    }

    /// <summary>A point in time a deadline names: its year, ISO date (yyyy-MM or yyyy-MM-dd), how it bounds (before, byEnd, in, on), and whether the year was the notice's.</summary>
    public sealed record Point(int Year, string Date, string? Qualifier, bool YearInferred);

    /// <summary>Every point in time in the text; a month without a year takes <paramref name="inheritedYear"/>, else <paramref name="noticeYear"/>, else is skipped.</summary>
    public static List<Point> FindPoints(string text, int? inheritedYear = null, int? noticeYear = null) =>
        HasPointSign(text) ? [.. Points(text, inheritedYear, noticeYear)] : [];

    /// <summary>
    /// True when the text names a point in time (as <see cref="FindPoints"/> reads it). Stops at the
    /// first: shape tests ask this of every tail of a line being cut, and most have one early or none.
    /// </summary>
    public static bool HasPoint(string text, int? noticeYear = null)
    {
        // IsMatch allocates nothing; reading the groups of a match does.
        if (!HasPointSign(text) || !TimePoint.IsMatch(text)) return false;
        using var points = Points(text, null, noticeYear).GetEnumerator();
        return points.MoveNext();
    }

    private static IEnumerable<Point> Points(string text, int? inheritedYear, int? noticeYear)
    {
        int? year = inheritedYear;
        foreach (Match m in TimePoint.Matches(text))
        {
            if (m.Groups["nyear"].Success)
            {
                var (y, mo) = (int.Parse(m.Groups["nyear"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["nmonth"].Value, System.Globalization.CultureInfo.InvariantCulture));
                if (mo is < 1 or > 12) continue;
                int? d = m.Groups["nday"].Success ? int.Parse(m.Groups["nday"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                if (d is not null && (d < 1 || d > DateTime.DaysInMonth(y, mo))) continue;
                year = y;
                var after = text.AsSpan(m.Index + m.Length);
                yield return new Point(y, d is null ? $"{y:D4}-{mo:D2}" : $"{y:D4}-{mo:D2}-{d:D2}",
                    d is null ? MonthQualifier(false, after) : DayQualifier(after), false);
                continue;
            }
            if (m.Groups["year"].Success) year = ChineseNumerals.ParseYear(CjkText.FoldKc(m.Groups["year"].Value));
            var inferred = false;
            if (year is null)
            {
                // 12月底前, 年底前 in a notice of 2022 mean 2022; a bare 底 after nothing is not a date.
                if (noticeYear is null || m.Groups["yearEnd"].Value is "底" or "末") continue;
                year = noticeYear;
                inferred = true;
            }

            int? month = null, day = null;
            string? qualifier;
            var rest = text.AsSpan(m.Index + m.Length);
            if (m.Groups["month"].Success) month = ChineseNumerals.Parse(m.Groups["month"].Value);
            if (m.Groups["day"].Success) day = ChineseNumerals.Parse(m.Groups["day"].Value);
            qualifier = m.Groups["month"].Success ? (day is null ? MonthQualifier(m.Groups["end"].Success, rest) : DayQualifier(rest)) : "byEnd";
            if (m.Groups["half"].Success) month = m.Groups["half"].Value == "上半年" ? 6 : 12;
            if (m.Groups["quarter"].Success) month = 3 * ChineseNumerals.Parse(CjkText.FoldKc(m.Groups["quarter"].Value))!.Value;
            if (m.Groups["yearEnd"].Success)
            {
                // 年底 needs the year right before it; a bare 底 after nothing is not a date.
                if (!m.Groups["year"].Success && m.Groups["yearEnd"].Value is "底" or "末") continue;
                month = 12;
            }
            if (month is null or < 1 or > 12) { if (inferred) year = null; continue; }
            if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))) day = null;

            yield return new Point(year.Value, day is null ? $"{year:D4}-{month:D2}" : $"{year:D4}-{month:D2}-{day:D2}", qualifier, inferred);
        }
    }

    // 8月前 is before August starts; 8月底前 (or 8月底, 8月末) is by its end; 8月完成 is within it.
    private static string MonthQualifier(bool end, ReadOnlySpan<char> after) =>
        end ? "byEnd" : after is ['底' or '末', ..] ? "byEnd" : IsBefore(after) ? "before" : "in";

    private static string DayQualifier(ReadOnlySpan<char> after) => IsBefore(after) ? "before" : "on";

    private static bool IsBefore(ReadOnlySpan<char> after) =>
        after is ['前', ..] || after.StartsWith("以前", StringComparison.Ordinal) || after.StartsWith("之前", StringComparison.Ordinal);
}
