using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Lexicon;

namespace PolicyParse.Normalization;

/// <summary>
/// Reads a 完成时限 cell: 持续推进, 2021年12月31日, 2022年8月前, 2022年9月底前实现…, 2022年8月前完成并持续推进,
/// 2022年4月前市级完成，6月前区县完成, 按时序推进, ——. Keeps the text and adds what it means.
/// </summary>
internal static partial class DeadlineParser
{
    [GeneratedRegex("[，,；;]")]
    private static partial Regex ClauseSeparator { get; }

    /// <param name="raw">The deadline as written.</param>
    /// <param name="noticeYear">The notice's own year, meant where the text names a month without one (12月底前, 年底前).</param>
    public static Deadline Parse(string raw, int? noticeYear = null)
    {
        var text = CjkText.NormalizeSpacing(raw);
        if (CjkText.IsEmptyMarker(text))
            return new Deadline(text, DeadlineKinds.None, null, false, []);

        var ongoing = DeadlineWords.IsOngoing(text);
        var every = DeadlineWords.Recurrence(text);
        var points = DeadlineWords.FindPoints(text, null, noticeYear);
        if (points.Count == 0)
            return new Deadline(text, ongoing ? DeadlineKinds.Ongoing : DeadlineKinds.Other, null, ongoing, []) { Every = every };

        var inferred = points.Any(p => p.YearInferred);
        if (points.Count == 1)
        {
            var p = points[0];
            var kind = p.Date.Length == 10 ? DeadlineKinds.Date : DeadlineKinds.Month;
            return new Deadline(text, kind, p.Date, ongoing, []) { Qualifier = p.Qualifier, YearFromNotice = inferred, Every = every };
        }

        // Several dates: each clause (split at ，；) is one milestone, its date inheriting the year.
        var milestones = new List<Milestone>();
        var clauses = ClauseSeparator.Split(text);
        int? year = null;
        foreach (var clause in clauses.Select(c => c.Trim()).Where(c => c.Length > 0))
        {
            var clausePoints = DeadlineWords.FindPoints(clause, year, noticeYear);
            if (clausePoints.Count > 0) year = clausePoints[0].Year;
            milestones.Add(new Milestone(clause, clausePoints.Count > 0 ? clausePoints[^1].Date : null));
        }
        var last = milestones.LastOrDefault(m => m.Date is not null)?.Date;
        return new Deadline(text, DeadlineKinds.Milestones, last, ongoing, milestones) { YearFromNotice = inferred, Every = every };
    }

}
