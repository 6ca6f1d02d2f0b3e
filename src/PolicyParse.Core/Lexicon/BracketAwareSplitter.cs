namespace PolicyParse.Lexicon;

/// <summary>Splits a list at separators that stand outside brackets: 各乡镇（街道） and 各区县（自治县）人民政府 stay whole.</summary>
internal static class BracketAwareSplitter
{
    public static List<string> Split(string text, ReadOnlySpan<char> separators)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '（' or '(' or '〔' or '[' or '【') depth++;
            else if (c is '）' or ')' or '〕' or ']' or '】') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && separators.Contains(c))
            {
                Add(text[start..i]);
                start = i + 1;
            }
        }
        Add(text[start..]);
        return parts;

        void Add(string part)
        {
            part = part.Trim();
            if (part.Length > 0) parts.Add(part);
        }
    }
}
