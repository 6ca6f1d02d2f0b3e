namespace PolicyParse.Lexicon;

/// <summary>Splits a list at separators that stand outside brackets: 各乡镇（街道） and 各区县（自治县）人民政府 stay whole.</summary>
internal static class BracketAwareSplitter
{
    public static List<string> Split(string text, ReadOnlySpan<char> separators)
    {
        var parts = new List<string>();
        All(text, separators, part =>
        {
            parts.Add(part);
            return true;
        });
        return parts;
    }

    /// <summary>
    /// True when <paramref name="test"/> holds for every part <see cref="Split"/> would return, taken
    /// in order; stops at the first that fails, without cutting the rest of the text.
    /// </summary>
    public static bool All(string text, ReadOnlySpan<char> separators, Func<string, bool> test)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '（' or '(' or '〔' or '[' or '【') depth++;
            else if (c is '）' or ')' or '〕' or ']' or '】') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && separators.Contains(c))
            {
                if (!Test(text[start..i])) return false;
                start = i + 1;
            }
        }
        return Test(text[start..]);

        bool Test(string part)
        {
            part = part.Trim();
            return part.Length == 0 || test(part);
        }
    }
}
