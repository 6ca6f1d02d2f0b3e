using System.Text.RegularExpressions;
using PolicyParse.Model;

namespace PolicyParse.Tasks;

/// <summary>The year a notice speaks of, meant by deadlines that name none (12月底前, 年底前).</summary>
internal static partial class NoticeYear
{
    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex LeadingYear { get; }

    /// <summary>The year in the plan's title (2022年…工作要点), else in the notice title, else the year it was signed.</summary>
    public static int? Of(NoticeMetadata notice)
    {
        foreach (var text in new[] { notice.Title, notice.NoticeTitle })
            if (text is not null && LeadingYear.Match(text) is { Success: true } m)
                return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return notice.Date is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;
    }
}
