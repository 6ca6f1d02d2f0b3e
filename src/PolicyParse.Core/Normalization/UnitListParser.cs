using PolicyParse.Lexicon;

namespace PolicyParse.Normalization;

/// <summary>
/// Splits a 牵头单位/配合单位 cell into unit names (the shapes are <see cref="UnitNames"/>'s);
/// a name with 等 inside (区公安局等区级有关部门) is kept verbatim.
/// </summary>
internal static class UnitListParser
{
    public static IReadOnlyList<string> Split(string cell) => UnitNames.SplitList(cell);

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
            if (pieces.Length > 1 && pieces.All(UnitNames.LooksLikeUnit)) units = [.. pieces];
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

}

/// <summary>Unit names as written, with what the list said about itself.</summary>
/// <param name="Names">The names, without a closing 等 or a （牵头） marker.</param>
/// <param name="AndOthers">The list closed with 等: more units are meant than named.</param>
/// <param name="MarkedLead">Names marked （牵头） in the list.</param>
internal sealed record UnitList(List<string> Names, bool AndOthers, IReadOnlyList<string> MarkedLead);
