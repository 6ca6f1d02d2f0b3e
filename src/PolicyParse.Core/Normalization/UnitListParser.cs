using PolicyParse.Lexicon;

namespace PolicyParse.Normalization;

/// <summary>
/// Splits a 牵头单位/配合单位 cell into unit names (the shapes are <see cref="UnitNames"/>'s);
/// a name with 等 (区公安局等区级有关部门) is kept verbatim.
/// </summary>
internal static class UnitListParser
{
    public static IReadOnlyList<string> Split(string cell) => UnitNames.SplitList(cell);
}
