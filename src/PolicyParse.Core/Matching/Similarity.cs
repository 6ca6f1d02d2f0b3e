
namespace PolicyParse.Matching;

/// <summary>
/// How alike two texts are: the Dice coefficient of their character bigrams (0 = nothing
/// shared, 1 = the same bigrams). Chinese has no spaces between words, so character bigrams are
/// the usual unit; they tolerate inserted or deleted words and reordered clauses far better than
/// an edit distance, which punishes moving a clause as heavily as rewriting it.
/// </summary>
internal static class Similarity
{
    /// <summary>A text reduced to what carries its wording, with its sorted bigrams.</summary>
    public sealed class Profile
    {
        internal Profile(int[] bigrams) => Bigrams = bigrams;

        internal int[] Bigrams { get; }
    }

    public static Profile ProfileOf(string text)
    {
        var key = TextKeys.Wording(text);
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

}
