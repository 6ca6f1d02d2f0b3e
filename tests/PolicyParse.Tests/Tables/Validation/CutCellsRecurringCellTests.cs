using System.Text.RegularExpressions;
using CsCheck;
using PolicyParse.Lexicon;
using PolicyParse.Tables.Validation;

namespace PolicyParse.Tests.Tables.Validation;

/// <summary>
/// <see cref="CutCells"/> splits each distinct cell and judges each distinct deadline once per table, and scans the names faster:
/// asked about cells that recur (as merged cells copied to every row do), among near-copies that
/// differ only in spacing, a trailing 等 or a separator, and about all three checks in any order,
/// it answers what the previous version (kept below verbatim, nothing remembered) answers.
/// </summary>
public class CutCellsRecurringCellTests
{
    private static readonly string[] Names =
        ["市发展改革委", "改革委", "市住房城乡建委", "市住房城乡", "市级有关部门", "两江新区管委会", "两江新区管委", "两江新区",
         "重庆市税务局", "各乡镇（街道）", "各乡", "市政府", "各有关区县政府", "有关区县政府", "城乡建委", "区司法局", "其他相关单位"];
    private static readonly string[] Joins = ["、", "，", "", " ", "等、", "\u3000"];
    private static readonly string[] DeadlinePieces =
        ["持续推进", "持续", "推进", "2022年", "8月前", "12月31日", "月31日", "2021年12", "完成并", "，", " ", "2022月前", "长期坚持"];

    private static readonly Gen<string> UnitCell =
        Gen.Select(Gen.OneOf(Names).Array[1, 3], Gen.OneOf(Joins).Array[2], Gen.OneOf("", "等", " "), (names, joins, end) =>
            string.Concat(names.Select((n, i) => i == 0 ? n : joins[i % 2] + n)) + end);

    private static readonly Gen<string> DeadlineCell = Gen.OneOf(DeadlinePieces).Array[1, 3].Select(string.Concat);

    [Fact]
    public void Each_check_of_a_recurring_cell_gives_what_a_fresh_table_gives()
    {
        var gen =
            from units in UnitCell.List[1, 8]
            from deadlines in DeadlineCell.List[1, 5]
            from askedUnits in Gen.OneOf(Gen.OneOf(units.ToArray()), UnitCell).List[1, 30]
            from askedDeadlines in Gen.OneOf(Gen.OneOf(deadlines.ToArray()), DeadlineCell).List[1, 20]
            from order in Gen.Int[0, 2].Array[50]
            select (units, deadlines, askedUnits, askedDeadlines, order);
        gen.Sample(c =>
        {
            var shared = CutCells.Of(c.units, c.deadlines);
            CutCellsByScan Fresh() => CutCellsByScan.Of(c.units, c.deadlines);
            for (var i = 0; i < c.order.Length; i++)
            {
                var unit = c.askedUnits[i % c.askedUnits.Count];
                var deadline = c.askedDeadlines[i % c.askedDeadlines.Count];
                // The three checks in a varying order, so one check's remembered answer cannot pass for another's.
                var same = c.order[i] switch
                {
                    0 => shared.CutName(unit) == Fresh().CutName(unit) && shared.JoinedNames(unit) == Fresh().JoinedNames(unit),
                    1 => shared.JoinedNames(unit) == Fresh().JoinedNames(unit) && shared.DeadlineFault(deadline) == Fresh().DeadlineFault(deadline),
                    _ => shared.DeadlineFault(unit) == Fresh().DeadlineFault(unit) && shared.CutName(deadline) == Fresh().CutName(deadline),
                };
                if (!same) return false;
            }
            return true;
        }, iter: 5000, print: c => $"units [{string.Join(" | ", c.units)}], deadlines [{string.Join(" | ", c.deadlines)}]");
    }
}

/// <summary>The previous <see cref="CutCells"/>, verbatim but for the run-on name rule added since: the oracle above.</summary>
internal sealed partial class CutCellsByScan
{
    // Where a unit name starts: the level of government it belongs to, or 各 for a collective name.
    private const string LevelStarts = "市区县省各乡镇";

    // Endings after which a name is complete: a cut inside a word stops at a weaker one (市住房城乡, 市级有关部).
    private static readonly string[] WholeEndings =
        ["局", "委", "办", "厅", "室", "中心", "政府", "部门", "单位", "管委会", "委员会", "街道", "乡镇", "）", ")"];

    private readonly HashSet<string> _units;
    private readonly List<string> _deadlines;

    private readonly List<string> _printed;

    private CutCellsByScan(List<string> printed, List<string> deadlines) =>
        (_printed, _units, _deadlines) = (printed, printed.ToHashSet(StringComparer.Ordinal), deadlines);

    /// <summary>The table's unit names (each part of every unit cell) and deadline cells.</summary>
    public static CutCellsByScan Of(IEnumerable<string> unitCells, IEnumerable<string> deadlineCells) => new(
        unitCells.SelectMany(UnitNames.SplitList).Select(u => u.Trim()).Where(u => u.Length > 0).ToList(),
        deadlineCells.Select(CjkText.NormalizeSpacing).Where(d => d.Length > 0 && !CjkText.IsEmptyMarker(d)).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>The first name in the cell that is the head or tail of a longer name in this table, or null.</summary>
    public string? CutName(string cell)
    {
        foreach (var part in UnitNames.SplitList(cell).Select(p => p.Trim().TrimEnd('等')))
        {
            // A part opening with a character that only ends names is a cut-off tail.
            if (part.Length > 1 && "局委厅室府门心办".Contains(part[0]) && !LevelStarts.Contains(part[0], StringComparison.Ordinal) && !StartsCatchAll(part))
                return part;
            foreach (var whole in _units)
            {
                if (whole.Length <= part.Length || part.Length == 0) continue;
                // A tail that does not start a name (改革委, 关部门; 有关区县政府 is a name): the head was cut off.
                if (whole.EndsWith(part, StringComparison.Ordinal) && !LevelStarts.Contains(part[0], StringComparison.Ordinal) && !StartsCatchAll(part))
                    return part;
                // A tail cut off inside the run of levels the name opens with (县政府 of 各区县政府).
                if (whole.EndsWith(part, StringComparison.Ordinal) && !StartsCatchAll(part) && whole[..^part.Length].TrimStart('各').Length > 0 && whole[..^part.Length].All(c => LevelStarts.Contains(c))
                    && _printed.Count(u => u == whole) > _printed.Count(u => u == part))
                    return part;
                // A head that stops inside a word (市住房城乡 of 市住房城乡建委) or inside the whole
                // name's ending (两江新区管委). A place the rest of the name only adds an ending to
                // stands whole in a shared-ending list (涪陵区、璧山区政府).
                if (whole.StartsWith(part, StringComparison.Ordinal)
                    && (!UnitNames.LooksLikeUnit(part) || whole[part.Length] is '（' or '(' || part.Length > whole.Length - LongestEnding(whole)
                        || (!EndsWhole(part) && !StartsWithWholeEnding(whole.AsSpan(part.Length)))))
                    return part;
            }
        }
        return null;
    }

    /// <summary>The first part holding two names with no separator between them, or null.</summary>
    public string? JoinedNames(string cell)
    {
        foreach (var part in UnitNames.SplitList(cell).Select(p => p.Trim()))
        {
            var depth = 0;
            for (var i = 1; i < part.Length - 1; i++)
            {
                depth += part[i - 1] is '（' or '(' ? 1 : part[i - 1] is '）' or ')' ? -1 : 0;
                if (depth != 0) continue;
                var (head, tail) = (part[..i], part[i..]);
                // A name cut short and run on into the next one (区规划区司法局), not a list closing on a catch-all.
                if (head.Length >= 3 && tail.Length >= 4 && LevelStarts.Contains(head[0]) && LevelStarts.Contains(tail[0])
                    && !head.EndsWith('等') && UnitNames.LooksLikeUnit(tail)
                    && !tail.StartsWith("有关", StringComparison.Ordinal) && !tail.StartsWith("相关", StringComparison.Ordinal) && !tail.StartsWith("其他", StringComparison.Ordinal))
                    return part;
                if (!EndsWhole(part.AsSpan(0, i))) continue;
                // The second starts a name (a level), stands whole elsewhere in the table, or is the
                // tail of a name the table prints longer (a cut cell of the next row run on).
                if (UnitNames.LooksLikeUnit(head) && UnitNames.LooksLikeUnit(tail)
                    && (LevelStarts.Contains(tail[0], StringComparison.Ordinal) || _units.Contains(tail) || TailOfLonger(tail, part)))
                    return part;
            }
        }
        return null;
    }

    /// <summary>True when another name of the table ends with <paramref name="tail"/> and is longer (not the part itself, nor a longer spelling of it).</summary>
    private bool TailOfLonger(string tail, string part) =>
        tail.Length >= 3 && _units.Any(u => u.Length > tail.Length && u.EndsWith(tail, StringComparison.Ordinal) && !u.EndsWith(part, StringComparison.Ordinal));

    /// <summary>Why the deadline looks cut or run together, or null when its shape is whole.</summary>
    public string? DeadlineFault(string cell)
    {
        var text = CjkText.NormalizeSpacing(cell);
        if (text.Length == 0 || CjkText.IsEmptyMarker(text)) return null;
        if (CutStart().IsMatch(text) || CutEnd().IsMatch(text) || MonthOutOfRange().IsMatch(text) || NumberCutOut().IsMatch(text))
            return "it starts or ends inside a date";
        if (CutOngoing().IsMatch(text))
            return "it starts or ends inside 持续推进";
        if (RunTogether().IsMatch(text))
            return "two deadlines follow each other with nothing between them";
        // A deadline naming no date that other rows print longer, joined mid-word (持续 beside
        // 持续推进; not 持续推进 beside 2022年8月前完成并持续推进): the rest was cut off.
        if (!DeadlineWords.HasPoint(text) && _deadlines.Any(d => d.Length > text.Length
                && ((d.StartsWith(text, StringComparison.Ordinal) && !Joint.Contains(d[text.Length], StringComparison.Ordinal))
                    || (d.EndsWith(text, StringComparison.Ordinal) && !Joint.Contains(d[^(text.Length + 1)], StringComparison.Ordinal) && !DeadlineWords.StartsDeadline(text)))))
            return "other rows print it longer";
        return null;
    }

    // Where one part of a deadline meets another: separators and connecting words.
    private const string Joint = "，,；;、并及和与（(";

    private static bool StartsCatchAll(string name) =>
        name.StartsWith("有关", StringComparison.Ordinal) || name.StartsWith("相关", StringComparison.Ordinal) || name.StartsWith("其他", StringComparison.Ordinal);

    // Loops rather than LINQ: these run for every cut point of every unit cell, and a lambda over a
    // loop variable allocated a closure per iteration (an eighth of a column-dump parse's garbage).
    private static bool EndsWhole(ReadOnlySpan<char> name)
    {
        foreach (var e in WholeEndings)
            if (name.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool StartsWithWholeEnding(ReadOnlySpan<char> rest)
    {
        foreach (var e in WholeEndings)
            if (rest.StartsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    private static int LongestEnding(string name) => WholeEndings.Where(e => name.EndsWith(e, StringComparison.Ordinal)).Select(e => e.Length).DefaultIfEmpty(1).Max();

    /// <summary>A deadline starting with a date's unit word: the number before it was cut off.</summary>
    [GeneratedRegex(@"^(?:年|月|日|号|底|前)")]
    private static partial Regex CutStart();

    [GeneratedRegex(@"持续推(?![\u4E00-\u9FFF])|^进(?=[0-9０-９]|持续)")]
    private static partial Regex CutOngoing();

    /// <summary>
    /// A number after a date word that ends the cell (2021年12) or runs into other words (12月3务中心):
    /// its unit word was cut off. 2021.12.31, 12月31日, 2022年3季度 and 每月1次 are whole.
    /// </summary>
    [GeneratedRegex(@"[年月]\s*[0-9０-９]+(?:$|(?=[\u4E00-\u9FFF])(?![年月日号次个期天周季]))")]
    private static partial Regex CutEnd();

    /// <summary>A month number no calendar has (2022月: a year whose 年 was cut out), or a 0 day or month (6月0日: its 3 cut off).</summary>
    [GeneratedRegex(@"(?<![0-9０-９])(?:1[3-9]|[2-9][0-9]|[0-9]{3,})月|(?<![0-9０-９])0[月日]")]
    private static partial Regex MonthOutOfRange();

    /// <summary>A date or ongoing phrase followed at once by another, with no separator or connecting word.</summary>
    [GeneratedRegex(@"(?<![0-9０-９])[0-9０-９]{4}(?![0-9０-９年.．\-/／—–~～至、，,）)])|年月")]
    private static partial Regex NumberCutOut();

    [GeneratedRegex(@"(?:日|前|底|末|推进|坚持)(?=[0-9０-９]{1,4}\s*[年月]|持续推进|长期坚持)")]
    private static partial Regex RunTogether();
}
