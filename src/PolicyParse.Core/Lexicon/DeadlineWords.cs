using System.Text.RegularExpressions;

namespace PolicyParse.Lexicon;

/// <summary>
/// The words and shapes of 完成时限 cells: dates, months, seasons, halves, year ends and ongoing
/// phrases (持续推进, 长期坚持, 按时序推进).
/// </summary>
internal static partial class DeadlineWords
{
    private const string Num = "[0-9０-９]{1,4}|[〇○零一二三四五六七八九十]{1,4}";

    // A point in time: optional year, month or season, optional day.
    [GeneratedRegex($@"(?:(?<year>[0-9０-９]{{4}}|[〇○零一二三四五六七八九]{{4}})年)?(?:(?<month>{Num})月(?:(?<day>{Num})日)?(?<end>底|末)?|(?<half>上半年|下半年)|(?:第?(?<quarter>[一二三四1-4１-４])季度)(?<end2>末|底)?|(?<yearEnd>年底|年末|底|末))")]
    private static partial Regex TimePoint { get; }

    // An ongoing deadline is a short phrase made only of these: 持续推进, 长期坚持, 按时序推进, 常态化开展…
    private const string OngoingPhraseChars = "持续推进长期坚持常态化按时序进度开展实施动态逐步每年完成并工作落实";

    [GeneratedRegex("持续|长期|常态化|每年|按时序|按进度|逐步|动态")]
    private static partial Regex OngoingWords { get; }

    /// <summary>An ongoing word (持续, 长期, 常态化, 每年, 按时序…) anywhere in the text.</summary>
    public static bool IsOngoing(string text) => OngoingWords.IsMatch(text);

    /// <summary>True when the text has the shape of a deadline cell (a date, a month, an ongoing phrase or ——).</summary>
    public static bool LooksLikeDeadline(string text)
    {
        var t = CjkText.NormalizeSpacing(text);
        if (t.Length == 0 || t.Length > 40) return false;
        if (CjkText.IsEmptyMarker(t)) return true;
        return FindPoints(t).Count > 0
            || (IsOngoing(t) && t.Length <= 8 && t.All(OngoingPhraseChars.Contains));
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

    /// <summary>A point in time a deadline names: its year and ISO date (yyyy-MM or yyyy-MM-dd).</summary>
    public sealed record Point(int Year, string Date);

    /// <summary>Every point in time in the text; a month without a year takes <paramref name="inheritedYear"/>, else is skipped.</summary>
    public static List<Point> FindPoints(string text, int? inheritedYear = null)
    {
        var points = new List<Point>();
        int? year = inheritedYear;
        foreach (Match m in TimePoint.Matches(text))
        {
            if (m.Groups["year"].Success) year = ChineseNumerals.ParseYear(m.Groups["year"].Value.Normalize(System.Text.NormalizationForm.FormKC));
            if (year is null) continue;

            int? month = null, day = null;
            if (m.Groups["month"].Success) month = ChineseNumerals.Parse(m.Groups["month"].Value);
            if (m.Groups["day"].Success) day = ChineseNumerals.Parse(m.Groups["day"].Value);
            if (m.Groups["half"].Success) month = m.Groups["half"].Value == "上半年" ? 6 : 12;
            if (m.Groups["quarter"].Success) month = 3 * ChineseNumerals.Parse(m.Groups["quarter"].Value.Normalize(System.Text.NormalizationForm.FormKC))!.Value;
            if (m.Groups["yearEnd"].Success)
            {
                // 年底 needs the year right before it; a bare 底 after nothing is not a date.
                if (!m.Groups["year"].Success && m.Groups["yearEnd"].Value is "底" or "末") continue;
                month = 12;
            }
            if (month is null or < 1 or > 12) continue;
            if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))) day = null;

            points.Add(new Point(year.Value, day is null ? $"{year:D4}-{month:D2}" : $"{year:D4}-{month:D2}-{day:D2}"));
        }
        return points;
    }
}
