using System.Text.RegularExpressions;
using PolicyParse.Lexicon;

namespace PolicyParse.Tables.Validation;

/// <summary>
/// Cells a rebuild cut in the wrong place or ran together, told by the rest of the same table: a
/// unit name that is only the head or the tail of a name other rows print whole (改革委 beside
/// 市发展改革委), two names glued without a separator (市级有关部门各区县政府), a deadline cut
/// inside a date (月31日, 2021年12) or two deadlines run together (2022年12月前持续推进).
/// The evidence is the document's own cells and the Lexicon's shapes, never a list of names.
/// </summary>
internal sealed partial class CutCells
{
    // Where a unit name starts: the level of government it belongs to, or 各 for a collective name.
    private const string LevelStarts = "市区县省各乡镇";

    // Characters that end names and start none: a part opening with one is a name's cut-off tail.
    private const string NameTails = "局委厅室府门心办";

    // Endings after which a name is complete: a cut inside a word stops at a weaker one (市住房城乡, 市级有关部).
    private static readonly string[] WholeEndings =
        ["局", "委", "办", "厅", "室", "中心", "政府", "部门", "单位", "管委会", "委员会", "街道", "乡镇", "）", ")"];

    // How many times the table prints each name: a cut fragment is rarer than the name it was cut from.
    private readonly Dictionary<string, int> _units;
    // The same names as an array: scanned for every part of every distinct cell.
    private readonly string[] _names;
    private readonly List<string> _deadlines;
    // Each cell's parts, split once: Of, the checks below and RowValidator all read them.
    private readonly Dictionary<string, IReadOnlyList<string>> _parts;
    // A merged cell is copied to every row it covers, so most deadline cells recur: the answer
    // depends on the cell and this table only, and is worked out once per distinct cell. (Unit
    // cells are remembered a level up, by RowValidator.UnitCellChecks, with all their warnings.)
    private readonly Dictionary<string, string?> _deadlineFault = new(StringComparer.Ordinal);

    private CutCells(Dictionary<string, int> units, List<string> deadlines, Dictionary<string, IReadOnlyList<string>> parts) =>
        (_units, _names, _deadlines, _parts) = (units, [.. units.Keys], deadlines, parts);

    /// <summary>The table's unit names (each part of every unit cell) and deadline cells.</summary>
    public static CutCells Of(IEnumerable<string> unitCells, IEnumerable<string> deadlineCells)
    {
        var parts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        return new(
            unitCells.SelectMany(c => PartsOf(c, parts)).Select(u => u.Trim()).Where(u => u.Length > 0)
                .CountBy(u => u, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal),
            deadlineCells.Select(CjkText.NormalizeSpacing).Where(d => d.Length > 0 && !CjkText.IsEmptyMarker(d)).Distinct(StringComparer.Ordinal).ToList(),
            parts);
    }

    /// <summary><see cref="UnitNames.SplitList"/> of the cell, split once per distinct cell of this table.</summary>
    public IReadOnlyList<string> Parts(string cell) => PartsOf(cell, _parts);

    private static IReadOnlyList<string> PartsOf(string cell, Dictionary<string, IReadOnlyList<string>> parts)
    {
        if (!parts.TryGetValue(cell, out var split))
            parts[cell] = split = UnitNames.SplitList(cell);
        return split;
    }

    /// <summary>The first name in the cell that is the head or tail of a longer name in this table, or null.</summary>
    public string? CutName(string cell)
    {
        foreach (var part in Parts(cell).Select(p => p.Trim().TrimEnd('等')))
        {
            if (part.Length == 0) continue;
            // A tail that does not start a name (改革委, 关部门; 有关区县政府 is a name): the head was
            // cut off. Whether it starts a name is the part's own shape: asked once, not per name.
            var headless = !LevelStarts.Contains(part[0], StringComparison.Ordinal) && !StartsCatchAll(part);
            // A name's last character opening the part (府各区县政府): the tail of a name cut off.
            if (headless && part.Length > 1 && NameTails.Contains(part[0], StringComparison.Ordinal)) return part;
            foreach (var whole in _names)
            {
                if (whole.Length <= part.Length) continue;
                // A tail cut off inside the run of levels a name opens with (县政府 of 各区县政府, 镇人民政府
                // of 各乡镇人民政府) is headless too, though it starts with a level, when the table prints
                // the whole name more often (市级有关部门 beside one glued 市市级有关部门 is whole).
                if (whole.EndsWith(part, StringComparison.Ordinal)
                    && (headless || !StartsCatchAll(part) && OpensWithLevelsOnly(whole.AsSpan(0, whole.Length - part.Length))
                        && _units[whole] > _units.GetValueOrDefault(part)))
                    return part;
                // A head that stops inside a word (市住房城乡 of 市住房城乡建委) or inside the whole
                // name's ending (两江新区管委). A place the rest of the name only adds an ending to
                // stands whole in a shared-ending list (涪陵区、璧山区政府).
                // A head stopping before the name's bracket (各乡镇 of 各乡镇（街道）) is cut too.
                if (whole.StartsWith(part, StringComparison.Ordinal)
                    && (!UnitNames.LooksLikeUnit(part) || whole[part.Length] is '（' or '(' || part.Length > whole.Length - LongestEnding(whole)
                        || (!EndsWhole(part) && !StartsWithWholeEnding(whole.AsSpan(part.Length)))))
                    return part;
            }
        }
        return null;
    }

    /// <summary>A name's head made of levels alone, one at least besides 各 (各区, 市区): where a name is cut inside its run of levels.</summary>
    private static bool OpensWithLevelsOnly(ReadOnlySpan<char> head)
    {
        foreach (var c in head)
            if (!LevelStarts.Contains(c, StringComparison.Ordinal)) return false;
        return head.TrimStart('各').Length > 0;
    }

    /// <summary>The first part holding two names with no separator between them, or null.</summary>
    public string? JoinedNames(string cell)
    {
        foreach (var part in Parts(cell).Select(p => p.Trim()))
        {
            var fromLevel = part.Length > 0 && LevelStarts.Contains(part[0], StringComparison.Ordinal);
            var depth = 0;
            for (var i = 1; i < part.Length - 1; i++)
            {
                depth += part[i - 1] is '（' or '(' ? 1 : part[i - 1] is '）' or ')' ? -1 : 0;
                if (depth != 0) continue;
                // A name cut short and run on into the next row's (区规划 + 区司法局, 市消防救援总队 +
                // 市住房城乡建委): a head of three or more from a level, a whole name from a level after it.
                // (A list closing on a catch-all, 区公安局等区级有关部门, is whole.)
                if (fromLevel && i >= 3 && i <= part.Length - 4
                    && LevelStarts.Contains(part[i], StringComparison.Ordinal) && part[i - 1] != '等'
                    && UnitNames.LooksLikeUnit(part[i..]) && !StartsCatchAll(part[i..]))
                    return part;
                // The cheap test first, on the text in place: most cut points do not end a name.
                if (!EndsWhole(part.AsSpan(0, i))) continue;
                var (head, tail) = (part[..i], part[i..]);
                // The second starts a name (a level), stands whole elsewhere in the table, or is the
                // tail of a name the table prints longer (a cut cell of the next row run on).
                if (UnitNames.LooksLikeUnit(head) && UnitNames.LooksLikeUnit(tail)
                    && (LevelStarts.Contains(tail[0], StringComparison.Ordinal) || _units.ContainsKey(tail) || TailOfLonger(tail, part)))
                    return part;
            }
        }
        return null;
    }

    /// <summary>True when another name of the table ends with <paramref name="tail"/> and is longer (not the part itself, nor a longer spelling of it).</summary>
    private bool TailOfLonger(string tail, string part)
    {
        if (tail.Length < 3) return false;
        foreach (var u in _names)
            if (u.Length > tail.Length && u.EndsWith(tail, StringComparison.Ordinal) && !u.EndsWith(part, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Why the deadline looks cut or run together, or null when its shape is whole.</summary>
    public string? DeadlineFault(string cell)
    {
        if (!_deadlineFault.TryGetValue(cell, out var answer))
            _deadlineFault[cell] = answer = DeadlineFaultOf(cell);
        return answer;
    }

    private string? DeadlineFaultOf(string cell)
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

    /// <summary>持续推进 cut by a line end: its head closing the cell (…前持续推) or its 进 opening one before a date or 持续.</summary>
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

    /// <summary>
    /// A date missing a piece cut out of its middle: a year with no 年 after it (2022前建立规范, its
    /// 年6月 went into another cell), or 年 and 月 with no number between (2022年月前).
    /// </summary>
    [GeneratedRegex(@"(?<![0-9０-９])[0-9０-９]{4}(?![0-9０-９年.．\-/／—–~～至、，,）)])|年月")]
    private static partial Regex NumberCutOut();

    /// <summary>A date or ongoing phrase followed at once by another, with no separator or connecting word.</summary>
    [GeneratedRegex(@"(?:日|前|底|末|推进|坚持)(?=[0-9０-９]{1,4}\s*[年月]|持续推进|长期坚持)")]
    private static partial Regex RunTogether();
}
