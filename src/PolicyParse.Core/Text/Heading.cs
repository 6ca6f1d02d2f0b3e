using PolicyParse.Lexicon;
using System.Text.RegularExpressions;

namespace PolicyParse.Text;

/// <summary>A numbered heading at the start of a line: 一、 （一） 1. （1）.</summary>
/// <param name="Level">1 for 一、, 2 for （一）, 3 for 1., 4 for （1）.</param>
/// <param name="Number">The number in its canonical written form: 一, （一）, 1., （1）.</param>
/// <param name="Ordinal">The integer value of the number.</param>
/// <param name="Rest">The text after the number.</param>
internal sealed partial record Heading(int Level, string Number, int Ordinal, string Rest)
{
    private const string Cn = "[一二三四五六七八九十百零〇]+";

    // Portal copies use ASCII punctuation for the full-width original: (一) as well as （一）.
    [GeneratedRegex($"^({Cn})[、，,]")]
    private static partial Regex Level1 { get; }
    [GeneratedRegex($"^[（(]({Cn})[）)]")]
    private static partial Regex Level2 { get; }
    [GeneratedRegex(@"^(\d{1,2}|[０-９]{1,2})[.．、](?![\d０-９])")]
    private static partial Regex Level3 { get; }
    [GeneratedRegex(@"^[（(](\d{1,2}|[０-９]{1,2})[）)]")]
    private static partial Regex Level4 { get; }

    public static Heading? Match(string text)
    {
        if (text.Length < 2) return null;
        if (Try(Level1, text, 1, n => n) is { } h1) return h1;
        if (Try(Level2, text, 2, n => $"（{n}）") is { } h2) return h2;
        if (Try(Level3, text, 3, n => $"{n}.") is { } h3) return h3;
        return Try(Level4, text, 4, n => $"（{n}）");
    }

    private static Heading? Try(Regex regex, string text, int level, Func<string, string> canonical)
    {
        var m = regex.Match(text);
        if (!m.Success) return null;
        var ordinal = ChineseNumerals.Parse(m.Groups[1].Value);
        if (ordinal is null or <= 0) return null;
        var digits = CjkText.FoldKc(m.Groups[1].Value);
        return new Heading(level, canonical(digits), ordinal.Value, text[m.Length..]);
    }

    /// <summary>
    /// Splits a heading's text into its title and running text: the title ends at the first 。
    /// when the item runs on as a paragraph (（一）深化行政审批制度改革。全面承接…).
    /// </summary>
    public (string Title, string Text) SplitTitle()
    {
        var stop = Rest.IndexOf('。');
        if (stop < 0) return (Rest.Trim(), "");
        return (Rest[..stop].Trim(), Rest[(stop + 1)..].Trim());
    }
}
