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

    internal static bool ContainsSpace(string text)
    {
        foreach (var c in text)
        {
            // Ideographs and most CJK punctuation lie above U+3000, where only U+FEFF is a space:
            // one comparison for nearly every character. (A SearchValues of the spaces was slower
            // on these short texts: its set mixes ASCII and other characters.)
            if (c > '\u3000' && c != '\uFEFF') continue;
            if (IsSpace(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// Removes whitespace that touches a CJK character (PDF and portal copies insert it at random),
    /// keeps one space between Latin words and digits, and trims the ends.
    /// </summary>
    public static string NormalizeSpacing(string text)
    {
        // Most texts it is asked about (cells, pieces, tails being tried) hold no whitespace at all:
        // they are returned as they are, without a copy. Normalising was a tenth of a parse.
        if (!ContainsSpace(text)) return text;
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
    public static string MatchKey(string text) => Key(text, lettersAndDigitsOnly: false);

    /// <summary>
    /// <see cref="MatchKey"/> and, when <paramref name="lettersAndDigitsOnly"/>, only its letters
    /// and digits. Keys are computed for every line and every candidate cell, so the usual text
    /// (ASCII, ideographs, full-width forms, CJK brackets and quotes) is folded here without ICU's
    /// normalizer; a text holding any other character takes the full NFKC path.
    /// </summary>
    internal static string Key(string text, bool lettersAndDigitsOnly)
    {
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var folded = FoldNfkc(c);
            if (folded < 0)
                return SlowKey(text, lettersAndDigitsOnly);
            if (Keep((char)folded, lettersAndDigitsOnly))
                buffer[length++] = (char)folded;
        }
        return new string(buffer[..length]);
    }

    /// <summary>
    /// The text in Unicode NFKC (full-width digits and letters become ASCII), without ICU for the
    /// usual characters (<see cref="FoldNfkc"/>): heading numbers and dates are folded for every
    /// match, and the ICU call was a twentieth of a parse.
    /// </summary>
    public static string FoldKc(string text)
    {
        var changed = false;
        foreach (var c in text)
        {
            var folded = FoldNfkc(c);
            if (folded < 0) return text.Normalize(NormalizationForm.FormKC);
            changed |= folded != c;
        }
        if (!changed) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = (char)FoldNfkc(source[i]);
        });
    }

    private static string SlowKey(string text, bool lettersAndDigitsOnly)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
            if (Keep(c, lettersAndDigitsOnly))
                sb.Append(c);
        return sb.ToString();
    }

    private static bool Keep(char c, bool lettersAndDigitsOnly) =>
        lettersAndDigitsOnly ? char.IsLetterOrDigit(c) : !IsSpace(c) && !char.IsWhiteSpace(c);

    /// <summary>
    /// NFKC of one character when it maps to one character on its own and never composes with a
    /// neighbour, else -1. Checked against the normalizer for every character it accepts
    /// (CjkTextTests).
    /// </summary>
    internal static int FoldNfkc(char c) => c switch
    {
        <= '\u007F' => c,                                   // ASCII
        >= '\u4E00' and <= '\u9FFF' => c,                   // CJK unified ideographs
        >= '\u3400' and <= '\u4DBF' => c,                   // extension A
        >= '\uFF01' and <= '\uFF5E' => c - 0xFEE0,          // full-width ASCII forms
        '\u3000' => ' ',                                    // ideographic space
        >= '\u3001' and <= '\u3003' or >= '\u3005' and <= '\u3007' or >= '\u3008' and <= '\u3011' or >= '\u3014' and <= '\u301F' => c, // CJK punctuation and brackets
        '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2014' or '\u2015' or '\u00B7' or '\u00D7' or '\u00A7' or '\u25CB' or '\u25CF' or '\u25A0' or '\u25A1' or '\u2605' or '\u2606' => c,
        _ => -1,
    };

    /// <summary>Sentence-final punctuation: a 具体工作 cell ends there; a line ending otherwise was wrapped.</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '。' or '！' or '？' or '；' or '!' or '?' or ';';
    }

    /// <summary>A character the empty markers below are made of (the 。 of ——。 aside).</summary>
    public static bool IsEmptyMarkerChar(char c) => c is '—' or '-' or '－' or '无' or '/' or '／';

    public static bool IsEmptyMarker(string text) =>
        text.Trim().Trim('\u3000') is "" or "——" or "—" or "-" or "--" or "－" or "——。" or "无" or "/" or "／";

}
