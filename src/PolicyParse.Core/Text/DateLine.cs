using PolicyParse.Lexicon;
using System.Text.RegularExpressions;

namespace PolicyParse.Text;

/// <summary>A 成文日期 line: 2022年3月12日, 二〇二二年三月十二日 or 2022-03-12, alone on its line.</summary>
internal static partial class DateLine
{
    [GeneratedRegex(@"^(?<y>[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?<m>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?<d>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日$")]
    private static partial Regex Pattern { get; }

    // A signature date copied from a portal: 2019-01-16, 2019.1.16, 2019/01/16.
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?<s>[-./])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})$")]
    private static partial Regex Numeric { get; }

    /// <summary>Parses the whole (space-normalized) line as a date; gives ISO 8601.</summary>
    public static bool TryParse(string text, out string iso)
    {
        iso = "";
        var m = Pattern.Match(text);
        if (!m.Success) m = Numeric.Match(text);
        if (!m.Success) return false;
        var year = ChineseNumerals.ParseYear(CjkText.FoldKc(m.Groups["y"].Value));
        var month = ChineseNumerals.Parse(m.Groups["m"].Value);
        var day = ChineseNumerals.Parse(m.Groups["d"].Value);
        if (year is null || month is null or < 1 or > 12 || day is null or < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))
            return false;
        iso = $"{year:D4}-{month:D2}-{day:D2}";
        return true;
    }
}
