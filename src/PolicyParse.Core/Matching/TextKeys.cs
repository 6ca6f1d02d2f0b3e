using PolicyParse.Lexicon;

namespace PolicyParse.Matching;

/// <summary>
/// Keys for comparing texts, not for output. Extractors and editors change widths, spaces, quotes
/// and punctuation; the wording is what says whether two texts are the same.
/// </summary>
internal static class TextKeys
{
    /// <summary>Full-width forms folded, whitespace, quotes and punctuation removed: letters and digits only.</summary>
    public static string Wording(string text) => CjkText.Key(text, lettersAndDigitsOnly: true);

    /// <summary>The distinct character n-grams of a key; a key shorter than n is its own only gram.</summary>
    public static HashSet<string> Grams(string key, int n)
    {
        var grams = new HashSet<string>();
        if (key.Length < n) { if (key.Length > 0) grams.Add(key); return grams; }
        for (var i = 0; i + n <= key.Length; i++) grams.Add(key.Substring(i, n));
        return grams;
    }

    /// <summary>The share (0..1) of <paramref name="grams"/> found in <paramref name="within"/>: how much of a text another text contains.</summary>
    public static double Containment(IReadOnlyCollection<string> grams, IReadOnlySet<string> within) =>
        grams.Count == 0 ? 0 : grams.Count(within.Contains) / (double)grams.Count;
}
