namespace PolicyParse.Lexicon;

/// <summary>
/// What organisation names and lists of them look like in 牵头单位/配合单位 cells and notes.
/// Separators are 、，,；; outside brackets, so 各乡镇（街道） stays whole.
/// </summary>
internal static class UnitNames
{
    /// <summary>Separators between the names of a unit list.</summary>
    public const string ListSeparators = "、，,；;";

    // Endings of organisation names in notices: departments, offices, governments and catch-alls.
    private static readonly string[] Endings =
    [
        "厅", "委", "局", "办", "室", "中心", "政府", "部门", "单位", "管委会", "委员会", "院", "会", "所", "站",
        "队", "社", "馆", "团", "部", "处", "科", "联", "行", "公司", "集团", "街道", "乡镇", "镇", "乡", "村",
        "社区", "区县", "园区", "开发区", "高新区", "组", "台", "校", "学", "署", "司", "省", "市", "区", "县",
        "机关", "法院", "检察院", "党委", "人大", "政协", "各方", "主体", "镇街", "街镇", "乡街", "机构", "企业", "协会",
        "支行", "分行", "大队", "中队", "支队",
    ];

    // The last characters of the endings: most texts asked about fail on this one look.
    private static readonly System.Buffers.SearchValues<char> EndingLastChars =
        System.Buffers.SearchValues.Create([.. Endings.Select(e => e[^1]).Distinct()]);

    // Arrays for Trim and IndexOfAny, made once: a params array per call was a tenth of a parse.
    private static readonly char[] ListEnd = ['。', '.', '；', ';', '，', ',', '、'];
    private static readonly char[] OpenBrackets = ['（', '('];

    /// <summary>A cell split into its names; empty markers (——) give none.</summary>
    public static IReadOnlyList<string> SplitList(string cell)
    {
        var text = CjkText.NormalizeSpacing(cell).TrimEnd(ListEnd);
        if (CjkText.IsEmptyMarker(text)) return [];

        var units = BracketAwareSplitter.Split(text, ListSeparators);
        units.RemoveAll(CjkText.IsEmptyMarker);
        return units;
    }

    /// <summary>True when the name ends the way organisation names end (after 等 and a bracketed tail).</summary>
    public static bool LooksLikeUnit(string name)
    {
        var core = name.Trim();
        if (core.Length is < 2 or > 40 || core.Contains('。')) return false;
        if (core.EndsWith('等')) core = core[..^1];
        if (core.EndsWith('）') || core.EndsWith(')'))
        {
            var open = core.LastIndexOfAny(OpenBrackets);
            if (open > 0) core = core[..open];
        }
        if (core.Length == 0 || !EndingLastChars.Contains(core[^1])) return false;
        foreach (var ending in Endings)
            if (core.EndsWith(ending, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>
    /// False when <see cref="IsUnitList"/> must be false for this text, from its last character
    /// alone (after trailing spaces and list punctuation): a list ends with a name's ending, 等, a
    /// closing bracket or an empty marker (——, 无, /). Lets a caller trying every cut of a line skip
    /// the cuts no list can end at.
    /// </summary>
    public static bool CanEndUnitList(ReadOnlySpan<char> text)
    {
        var end = text.Length - 1;
        while (end >= 0 && (CjkText.IsSpace(text[end]) || char.IsWhiteSpace(text[end]) || Array.IndexOf(ListEnd, text[end]) >= 0)) end--;
        return end >= 0 && (EndingLastChars.Contains(text[end]) || text[end] is '等' or '）' or ')' || CjkText.IsEmptyMarkerChar(text[end]));
    }

    /// <summary>A cell whose every part is a unit name: the shape of 牵头单位 and 配合单位 cells.</summary>
    public static bool IsUnitList(string text)
    {
        // SplitList's parts, tested as they are cut: most lines fail on their first part.
        var list = CjkText.NormalizeSpacing(text).TrimEnd(ListEnd);
        if (CjkText.IsEmptyMarker(list)) return false;
        var names = 0;
        return BracketAwareSplitter.All(list, ListSeparators, part =>
        {
            if (CjkText.IsEmptyMarker(part)) return true;
            names++;
            return LooksLikeUnit(part);
        }) && names > 0;
    }
}
