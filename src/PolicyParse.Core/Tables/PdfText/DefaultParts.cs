using System.Text.RegularExpressions;
using PolicyParse.Lexicon;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Cuts a default-mode line into the cells printed side by side on it. pdftotext writes a gap
/// between words as spaces; inside a Chinese cell the only gap is the narrow one a typesetter puts
/// between an ideograph and a Latin letter or digit (2021 年, 不低于 90%). So a run of two or more
/// spaces, a space between two CJK characters, and a space touching CJK punctuation (after 、，。 no
/// such gap is set) all part cells; a space between a complete unit name and a date parts them too.
/// </summary>
internal static partial class DefaultParts
{
    public static List<string> Split(string line)
    {
        var parts = new List<string>();
        var from = 0;
        var k = 0;
        while (k < line.Length)
        {
            if (!IsGap(line[k])) { k++; continue; }
            var end = k;
            while (end < line.Length && IsGap(line[end])) end++;
            if (k > from && end < line.Length && Cuts(line, from, k, end))
            {
                parts.Add(line[from..k].Trim());
                from = end;
            }
            k = end;
        }
        parts.Add(line[from..].Trim());
        parts.RemoveAll(p => p.Length == 0);
        return parts;
    }

    private static bool IsGap(char c) => c is ' ' or '\u00A0' or '\u3000';

    private static bool Cuts(string line, int from, int start, int end)
    {
        char left = line[start - 1], right = line[end];
        if (end - start >= 2 || line[start] == '\u3000') return true;
        if (CjkText.IsCjk(left) && CjkText.IsCjk(right)) return true;
        if (IsCjkPunctuation(left) || IsCjkPunctuation(right)) return true;
        // A unit cell beside a deadline cell that starts with a date: 区级有关部门 6 月 30.
        if (char.IsAsciiDigit(right) && CjkText.IsCjk(left))
        {
            var head = CjkText.NormalizeSpacing(line[from..start]);
            if (!head.Any(char.IsAsciiDigit) && PdfRows.IsCompleteUnitList(head) && head.Length <= 16) return true;
        }
        // A short cell beside a year ending the line: 市级有关 2022 (as -raw prints them).
        var tail = line[end..];
        return YearStart().IsMatch(tail) && PrintedWidth.Of(line[from..start]) <= 8 && PrintedWidth.Of(tail) <= 6;
    }

    [GeneratedRegex(@"^\d{4}\s*年")]
    private static partial Regex YearStart();

    /// <summary>CJK punctuation: a typesetter sets no extra gap beside it.</summary>
    private static bool IsCjkPunctuation(char c) =>
        c is >= '\u3000' and <= '\u303F' || c is '，' or '；' or '：' or '！' or '？' or '（' or '）' or '“' or '”' or '‘' or '’';
}
