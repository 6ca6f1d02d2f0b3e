namespace PolicyParse.Lexicon;

/// <summary>Chinese numerals as they appear in heading numbers and dates.</summary>
internal static class ChineseNumerals
{
    private static int Digit(char c) => c switch
    {
        '〇' or '○' or '零' or 'О' or 'O' or '0' => 0,
        '一' or '壹' => 1,
        '二' or '贰' or '两' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>
    /// Parses 一 … 九十九 (and 一百…), as used in 二十、 and （十四）, or ASCII / full-width digits.
    /// Returns null for anything else.
    /// </summary>
    public static int? Parse(string text)
    {
        if (text.Length == 0) return null;
        if (int.TryParse(CjkText.FoldKc(text), out var arabic)) return arabic;

        int total = 0, current = 0;
        var sawAny = false;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d >= 0) { current = current * 10 + d; sawAny = true; continue; }
            switch (c)
            {
                case '十' or '拾':
                    total += (current == 0 ? 1 : current) * 10;
                    current = 0; sawAny = true;
                    break;
                case '百' or '佰':
                    total += (current == 0 ? 1 : current) * 100;
                    current = 0; sawAny = true;
                    break;
                default:
                    return null;
            }
        }
        return sawAny ? total + current : null;
    }

    /// <summary>A year written digit by digit, such as 二〇二二, or in ASCII digits.</summary>
    public static int? ParseYear(string text)
    {
        if (text.Length != 4) return null;
        var year = 0;
        foreach (var c in text)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : Digit(c);
            if (d < 0) return null;
            year = year * 10 + d;
        }
        return year;
    }

    /// <summary>Writes 1…9999 the way headings count: 一, 十, 十四, 二十, 一百零二.</summary>
    public static string Format(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n <= 0 || n >= 10000) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (n < 10) return digits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        if (n < 100) return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString());
        if (n < 1000) return digits[n / 100] + "百" + (n % 100 == 0 ? "" : (n % 100 < 10 ? "零" : n % 100 < 20 ? "一" : "") + Format(n % 100));
        return digits[n / 1000] + "千" + (n % 1000 == 0 ? "" : (n % 1000 < 100 ? "零" : "") + Format(n % 1000));
    }
}
