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

    /// <summary>
    /// The distinct character n-grams (n ≤ 3) of a key, each packed into a long (16 bits a
    /// character, the length above): no string per gram. A key shorter than n is its own only gram.
    /// </summary>
    public static HashSet<long> Grams(string key, int n)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 3);
        if (key.Length < n)
            return key.Length > 0 ? [Pack(key, 0, key.Length)] : [];
        var grams = new HashSet<long>(key.Length - n + 1);
        for (var i = 0; i + n <= key.Length; i++) grams.Add(Pack(key, i, n));
        return grams;
    }

    private static long Pack(string key, int start, int length)
    {
        long packed = length;
        for (var i = 0; i < length; i++) packed = (packed << 16) | key[start + i];
        return packed;
    }

    /// <summary>The share (0..1) of <paramref name="grams"/> found in <paramref name="within"/>: how much of a text another text contains.</summary>
    public static double Containment(HashSet<long> grams, HashSet<long> within)
    {
        if (grams.Count == 0) return 0;
        var found = 0;
        foreach (var gram in grams)
            if (within.Contains(gram))
                found++;
        return found / (double)grams.Count;
    }
}
