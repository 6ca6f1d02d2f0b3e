using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Normalization;

/// <summary>
/// Reads a 完成时限 cell: 持续推进, 2021年12月31日, 2022年8月前, 2022年9月底前实现…, 2022年8月前完成并持续推进,
/// 2022年4月前市级完成，6月前区县完成, 按时序推进, ——. Keeps the text and adds what it means.
/// </summary>
public static class DeadlineParser
{
    private const string Num = "[0-9０-９]{1,4}|[〇○零一二三四五六七八九十]{1,4}";

    // A point in time: optional year, month or season, optional day.
    private static readonly Regex TimePoint = new(
        $@"(?:(?<year>[0-9０-９]{{4}}|[〇○零一二三四五六七八九]{{4}})年)?(?:(?<month>{Num})月(?:(?<day>{Num})日)?(?<end>底|末)?|(?<half>上半年|下半年)|(?:第?(?<quarter>[一二三四1-4１-４])季度)(?<end2>末|底)?|(?<yearEnd>年底|年末|底|末))",
        RegexOptions.Compiled);

    // An ongoing deadline is a short phrase made only of these: 持续推进, 长期坚持, 按时序推进, 常态化开展…
    private const string OngoingPhraseChars = "持续推进长期坚持常态化按时序进度开展实施动态逐步每年完成并工作落实";

    private static readonly Regex OngoingWords = new("持续|长期|常态化|每年|按时序|按进度|逐步|动态", RegexOptions.Compiled);

    public static Deadline Parse(string raw)
    {
        var text = CjkText.NormalizeSpacing(raw);
        if (CjkText.IsEmptyMarker(text))
            return new Deadline(text, DeadlineKinds.None, null, false, []);

        var ongoing = OngoingWords.IsMatch(text);
        var points = FindPoints(text);
        if (points.Count == 0)
            return new Deadline(text, ongoing ? DeadlineKinds.Ongoing : DeadlineKinds.Other, null, ongoing, []);

        if (points.Count == 1)
        {
            var p = points[0];
            var kind = p.Date.Length == 10 ? DeadlineKinds.Date : DeadlineKinds.Month;
            return new Deadline(text, kind, p.Date, ongoing, []);
        }

        // Several dates: each clause (split at ，；) is one milestone, its date inheriting the year.
        var milestones = new List<Milestone>();
        var clauses = Regex.Split(text, "[，,；;]");
        int? year = null;
        foreach (var clause in clauses.Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            var clausePoints = FindPoints(clause, year);
            if (clausePoints.Count > 0) year = clausePoints[0].Year;
            milestones.Add(new Milestone(clause, clausePoints.Count > 0 ? clausePoints[^1].Date : null));
        }
        var last = milestones.LastOrDefault(m => m.Date is not null)?.Date;
        return new Deadline(text, DeadlineKinds.Milestones, last, ongoing, milestones);
    }

    /// <summary>True when the text has the shape of a deadline cell (a date, a month, an ongoing phrase or ——).</summary>
    public static bool LooksLikeDeadline(string text)
    {
        var t = CjkText.NormalizeSpacing(text);
        if (t.Length == 0 || t.Length > 40) return false;
        if (CjkText.IsEmptyMarker(t)) return true;
        var d = Parse(t);
        return d.Kind is DeadlineKinds.Date or DeadlineKinds.Month or DeadlineKinds.Milestones
            || (d.Kind == DeadlineKinds.Ongoing && t.Length <= 8 && t.All(OngoingPhraseChars.Contains));
    }

    /// <summary>The start of a 完成时限 cell: a year, an ongoing phrase, or a whole deadline.</summary>
    public static bool StartsDeadline(string text)
    {
        var t = CjkText.NormalizeSpacing(text);
        if (t.Length == 0) return false;
        if (DeadlineParser.LooksLikeDeadline(t)) return true;
        if (t.Length >= 5 && t[..4].All(char.IsAsciiDigit) && t[4] == '年') return true;
        return t.StartsWith("持续", StringComparison.Ordinal) || t.StartsWith("按", StringComparison.Ordinal)
            || t.StartsWith("长期", StringComparison.Ordinal) || t.StartsWith("常态", StringComparison.Ordinal);
    }

    private sealed record Point(int Year, string Date);

    private static List<Point> FindPoints(string text, int? inheritedYear = null)
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
