using System.Globalization;
using PolicyParse.Text;

namespace PolicyParse.Diff;

/// <summary>
/// How alike two task texts are: the Dice coefficient of their character bigrams (0 = nothing
/// shared, 1 = the same bigrams). Chinese has no spaces between words, so character bigrams are
/// the usual unit; they tolerate inserted or deleted words and reordered clauses far better than
/// an edit distance, which punishes moving a clause as heavily as rewriting it.
/// </summary>
public static class TaskSimilarity
{
    /// <summary>A text reduced to what carries its wording, with its sorted bigrams.</summary>
    public sealed class Profile
    {
        internal Profile(int[] bigrams) => Bigrams = bigrams;

        internal int[] Bigrams { get; }
    }

    /// <summary>
    /// Match key (full-width forms folded, whitespace removed) without punctuation and symbols:
    /// a changed comma or a missing final 。 says nothing about whether it is the same task.
    /// </summary>
    public static string WordingKey(string text)
    {
        var key = CjkText.MatchKey(text);
        return string.Concat(key.Where(c => !IsPunctuationOrSymbol(c)));
    }

    public static Profile ProfileOf(string text)
    {
        var key = WordingKey(text);
        if (key.Length == 1)
            return new Profile([key[0]]); // a one-character text still equals itself
        var bigrams = new int[Math.Max(0, key.Length - 1)];
        for (var i = 0; i < bigrams.Length; i++)
            bigrams[i] = (key[i] << 16) | key[i + 1];
        Array.Sort(bigrams);
        return new Profile(bigrams);
    }

    public static double Score(string a, string b) => Score(ProfileOf(a), ProfileOf(b));

    /// <summary>2·|A∩B| / (|A|+|B|) over bigram multisets; two empty texts are equal (1).</summary>
    public static double Score(Profile a, Profile b)
    {
        int[] x = a.Bigrams, y = b.Bigrams;
        if (x.Length + y.Length == 0)
            return 1;
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { shared++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return 2.0 * shared / (x.Length + y.Length);
    }

    private static bool IsPunctuationOrSymbol(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
        or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
}
