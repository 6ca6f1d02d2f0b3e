using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyParse.Lexicon;

/// <summary>Dates written with Arabic digits (2022年3月12日, 2022-03-12, 2022/3/12) as ISO 8601.</summary>
internal static class IsoDates
{
    /// <summary>The day a match's groups 1–3 (year, month, day) name, or null when no such day exists.</summary>
    public static string? FromGroups(Match match)
    {
        int year = Number(match.Groups[1]), month = Number(match.Groups[2]), day = Number(match.Groups[3]);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? $"{year:D4}-{month:D2}-{day:D2}"
            : null;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);
}
