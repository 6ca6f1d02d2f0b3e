using System.Globalization;
using System.Text;

namespace PolicyParse.Lexicon;

/// <summary>Character classes and the whitespace rule for Chinese text.</summary>
internal static class CjkText
{
    /// <summary>Ideographs, CJK punctuation, full-width forms and the quotes/dashes Chinese text uses.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF'      // CJK unified ideographs
          or >= '\u3400' and <= '\u4DBF'      // extension A
          or >= '\u3000' and <= '\u303F'      // CJK symbols and punctuation
          or >= '\uFF00' and <= '\uFFEF'      // full-width forms
          or >= '\uF900' and <= '\uFAFF'      // compatibility ideographs
          or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2014' or '\u2026' or '\u00B7' or '\u00D7';

    // \f: pdftotext starts each page with a form feed.
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\f' or '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200B' or '\uFEFF';

    /// <summary>
    /// Removes whitespace that touches a CJK character (PDF and portal copies insert it at random),
    /// keeps one space between Latin words and digits, and trims the ends.
    /// </summary>
    public static string NormalizeSpacing(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsSpace(c))
            {
                sb.Append(c);
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsSpace(text[i])) i++;
            if (start == 0 || i == text.Length) continue;
            char before = text[start - 1], after = text[i];
            if (!IsCjk(before) && !IsCjk(after))
                sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>
    /// A key for matching, not for output: full-width letters, digits and punctuation folded to
    /// ASCII (NFKC), all whitespace removed.
    /// </summary>
    public static string MatchKey(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (!IsSpace(c) && !char.IsWhiteSpace(c))
                sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Sentence-final punctuation: a 具体工作 cell ends there; a line ending otherwise was wrapped.</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '。' or '！' or '？' or '；' or '!' or '?' or ';';
    }

    public static bool IsEmptyMarker(string text) =>
        text.Trim().Trim('\u3000') is "" or "——" or "—" or "-" or "--" or "－" or "——。" or "无" or "/" or "／";

}
