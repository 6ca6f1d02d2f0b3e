using PolicyParse.Text;

namespace PolicyParse.Normalization;

/// <summary>
/// Splits a 牵头单位/配合单位 cell into unit names. Separators are 、，,；; outside brackets, so
/// 各乡镇（街道） stays whole; a name with 等 (区公安局等区级有关部门) is kept verbatim.
/// </summary>
public static class UnitListParser
{
    // Endings of organisation names in notices: departments, offices, governments and catch-alls.
    private static readonly string[] UnitEndings =
    [
        "厅", "委", "局", "办", "室", "中心", "政府", "部门", "单位", "管委会", "委员会", "院", "会", "所", "站",
        "队", "社", "馆", "团", "部", "处", "科", "联", "行", "公司", "集团", "街道", "乡镇", "镇", "乡", "村",
        "社区", "区县", "园区", "开发区", "高新区", "组", "台", "校", "学", "署", "司", "省", "市", "区", "县",
        "机关", "法院", "检察院", "党委", "人大", "政协", "各方", "主体", "镇街", "街镇", "乡街", "机构", "企业", "协会", "支行", "分行", "大队", "中队", "支队",
    ];

    public static IReadOnlyList<string> Split(string cell)
    {
        var text = CjkText.NormalizeSpacing(cell).TrimEnd('。', '.', '；', ';', '，', ',', '、');
        if (CjkText.IsEmptyMarker(text)) return [];

        var units = BracketAwareSplitter.Split(text, "、，,；;");
        units.RemoveAll(CjkText.IsEmptyMarker);
        return units;
    }

    /// <summary>
    /// Reads a unit list as the model keeps it: a trailing 等 (区公安局、区民政局等) is a fact about the
    /// list and leaves the last name; a （牵头） marker after a name marks that name as lead and leaves
    /// it; where no list separator stands, names separated by spaces (区财政局 区税务局) are split.
    /// Collective names keep their own 、 only when a part alone is no unit (各县、市、区政府).
    /// </summary>
    public static UnitList Parse(string cell)
    {
        var spaced = cell.Trim();
        var units = Split(cell).ToList();
        // A copy that separates names by spaces: split only when every piece reads like a unit.
        if (units.Count == 1 && spaced.IndexOfAny(['、', '，', ',', '；', ';']) < 0)
        {
            var pieces = spaced.Split([' ', '\u3000', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length > 1 && pieces.All(LooksLikeUnit)) units = [.. pieces];
        }
        units = JoinCollectives(units);

        var andOthers = false;
        if (units.Count > 0 && units[^1].EndsWith('等') && units[^1].Length > 2)
        {
            andOthers = true;
            units[^1] = units[^1][..^1];
        }
        var marked = new List<string>();
        for (var i = 0; i < units.Count; i++)
        {
            foreach (var marker in LeadMarkers)
                if (units[i].EndsWith(marker, StringComparison.Ordinal) && units[i].Length > marker.Length)
                {
                    units[i] = units[i][..^marker.Length].Trim();
                    marked.Add(units[i]);
                    break;
                }
        }
        return new UnitList(units, andOthers, marked);
    }

    private static readonly string[] LeadMarkers = ["（牵头）", "(牵头)", "（牵头单位）", "(牵头单位)"];

    /// <summary>
    /// 各县、市、区政府 is one collective name: a one-character piece (市, 区) is no unit of its own
    /// and joins the pieces on both sides of it.
    /// </summary>
    private static List<string> JoinCollectives(List<string> units)
    {
        var result = new List<string>();
        var joinNext = false;
        foreach (var u in units)
        {
            var bare = u.Length == 1;
            if ((bare || joinNext) && result.Count > 0)
                result[^1] += "、" + u;
            else
                result.Add(u);
            joinNext = bare;
        }
        return result;
    }

    /// <summary>True when the name ends the way organisation names end (after 等 and a bracketed tail).</summary>
    public static bool LooksLikeUnit(string name)
    {
        var core = name.Trim();
        if (core.Length is < 2 or > 40 || core.Contains('。')) return false;
        if (core.EndsWith('等')) core = core[..^1];
        if (core.EndsWith('）') || core.EndsWith(')'))
        {
            var open = core.LastIndexOfAny(['（', '(']);
            if (open > 0) core = core[..open];
        }
        foreach (var ending in UnitEndings)
            if (core.EndsWith(ending, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>A cell whose every part is a unit name: the shape of 牵头单位 and 配合单位 cells.</summary>
    public static bool IsUnitList(string text)
    {
        var units = Split(text);
        if (units.Count == 0) return false;
        foreach (var u in units)
            if (!LooksLikeUnit(u))
                return false;
        return true;
    }
}

/// <summary>Unit names as written, with what the list said about itself.</summary>
/// <param name="Names">The names, without a closing 等 or a （牵头） marker.</param>
/// <param name="AndOthers">The list closed with 等: more units are meant than named.</param>
/// <param name="MarkedLead">Names marked （牵头） in the list.</param>
public sealed record UnitList(List<string> Names, bool AndOthers, IReadOnlyList<string> MarkedLead);
