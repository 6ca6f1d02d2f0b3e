using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Normalization;
using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tasks.Inline;

/// <summary>
/// Reads the inside of one bracket (or a run of labelled lines) as a responsibility note, by its
/// shape: labels such as 牵头单位：/配合单位：/完成时限：, or unit names followed by a role word
/// (牵头, 配合, 负责, 按职责分工负责). Anything else, (以下简称“一网通办”) or (2021—2025年), is prose.
/// </summary>
internal static partial class InlineNoteParser
{
    // A label and its colon: 牵头单位：, 责任单位:, 完成时限：, 牵头负责领导：.
    [GeneratedRegex(@"(?<label>[\u4e00-\u9fff]{2,7}?)\s*[：:]")]
    private static partial Regex Label { get; }

    // The same, anchored: whether a line starts with a label is decided at its start, not by
    // searching the whole line (a paragraph) for a colon first.
    [GeneratedRegex(@"^(?<label>[\u4e00-\u9fff]{2,7}?)\s*[：:]")]
    private static partial Regex LabelAtStart { get; }

    // Unit names, then the role they play. Longer role words first at each position: the lazy
    // names part makes the earliest role that reaches the end win (牵头负责 before 负责).
    [GeneratedRegex(
        "^(?<units>.*?)(?<role>分别牵头落实|分别牵头负责|分别牵头|共同牵头|牵头负责|牵头落实|牵头实施|牵头推进|牵头|" +
        "按照职责分工负责|按职责分工负责|按职责分工落实|按职责分工抓好落实|按职责分工|按职责负责|分工负责|各负其责|" +
        "配合落实|协同配合|协助配合|配合|参与|协助|协同|指导|督导|共同负责|具体负责|负责落实|负责)$")]
    private static partial Regex RoleClause { get; }

    private const int MaxNoteLength = 160;

    /// <summary>Reads a note from the text inside its brackets; false when the text is prose.</summary>
    public static bool TryParse(string inner, out InlineNote note)
    {
        note = null!;
        var original = TraditionalFold.WithoutGlosses(CjkText.NormalizeSpacing(inner).Trim());
        // Traditional copies (牽頭, 責任單位) are read on a folded copy; names keep their own characters.
        var text = TraditionalFold.Fold(original);
        if (text.Length < 3 || text.Length > MaxNoteLength || text.Contains('。')) return false;
        var parsed = StartsWithLabel(text) ? ParseLabelled(text) : ParseRoles(text);
        if (parsed is null) return false;
        if (text != original)
        {
            string R(string v) => TraditionalFold.Restore(v, text, original);
            parsed = parsed with { Lead = parsed.Lead.Select(R).ToList(), Support = parsed.Support.Select(R).ToList(), Deadline = parsed.Deadline is null ? null : R(parsed.Deadline) };
        }
        note = parsed;
        return true;
    }

    /// <summary>True when a line starts with a note label (牵头单位：…, 完成时限：…): a labelled line after an item.</summary>
    public static bool IsLabelledLine(string line)
    {
        var text = TraditionalFold.Fold(CjkText.NormalizeSpacing(line));
        return StartsWithLabel(text);
    }

    private static bool StartsWithLabel(string text) => LabelAtStart.Match(text) is { Success: true } m && KindOfWhole(m.Groups["label"].Value) is not null;

    private enum LabelKind { Lead, Support, Responsible, Deadline, Leader }

    /// <summary>The kind of a label, or of its longest known tail (…办公室责任单位： where no separator stood before the label).</summary>
    private static LabelKind? KindOf(string label) => LabelTail(label) is { } tail ? KindOfWhole(tail) : null;

    private static string? LabelTail(string label)
    {
        for (var start = 0; start <= label.Length - 2; start++)
            if (KindOfWhole(label[start..]) is not null)
                return label[start..];
        return null;
    }

    private static LabelKind? KindOfWhole(string label)
    {
        if (label.EndsWith("领导", StringComparison.Ordinal) || label.EndsWith("负责人", StringComparison.Ordinal)) return LabelKind.Leader;
        return ColumnHeader.Classify(label) switch
        {
            TaskColumn.Lead => LabelKind.Lead,
            TaskColumn.Support => LabelKind.Support,
            TaskColumn.Responsible => LabelKind.Responsible,
            TaskColumn.Deadline => LabelKind.Deadline,
            TaskColumn.Leader => LabelKind.Leader,
            _ => null,
        };
    }

    private static InlineNote? ParseLabelled(string text)
    {
        var labels = Label.Matches(text).Where(m => KindOf(m.Groups["label"].Value) is not null).ToList();
        UnitList? lead = null, support = null, responsible = null;
        string? deadline = null, leader = null;
        for (var k = 0; k < labels.Count; k++)
        {
            var start = labels[k].Index + labels[k].Length;
            var end = k + 1 < labels.Count ? LabelStart(labels[k + 1]) : text.Length;
            var value = text[start..end].Trim().Trim('；', ';', '，', ',', '。', ' ');
            switch (KindOf(labels[k].Groups["label"].Value))
            {
                case LabelKind.Lead: lead = UnitListParser.Parse(value); break;
                case LabelKind.Support: support = UnitListParser.Parse(value); break;
                case LabelKind.Responsible: responsible = UnitListParser.Parse(value); break;
                case LabelKind.Deadline: deadline = value.Length > 0 ? value : null; break;
                case LabelKind.Leader: leader = value; break;
            }
        }

        var warnings = new List<FieldWarning>();
        List<string> leadNames = [], supportNames = [];
        bool leadOthers = false, supportOthers = false;
        if (lead is not null)
        {
            (leadNames, leadOthers) = (lead.Names, lead.AndOthers);
            // 〔牵头单位：X，责任单位：Y〕: with a lead named, the responsible units carry it out with X.
            if (support is not null) (supportNames, supportOthers) = ([.. support.Names], support.AndOthers);
            if (responsible is not null) { supportNames.AddRange(responsible.Names); supportOthers |= responsible.AndOthers; }
        }
        else if (responsible is not null)
        {
            // A bare 责任单位 list: all lead, unless a name is marked （牵头）.
            if (responsible.MarkedLead.Count > 0)
                (leadNames, supportNames) = ([.. responsible.MarkedLead], responsible.Names.Except(responsible.MarkedLead).ToList());
            else
                leadNames = responsible.Names;
            leadOthers = responsible.AndOthers;
            if (support is not null) { supportNames.AddRange(support.Names); supportOthers = support.AndOthers; }
        }
        else if (support is not null)
        {
            (supportNames, supportOthers) = (support.Names, support.AndOthers);
            warnings.Add(new FieldWarning("lead", "lead.notNamed", "the note names supporting units but no lead"));
        }
        if (leadNames.Count == 0 && supportNames.Count == 0 && deadline is null && leader is null) return null;
        CheckShapes(leadNames, "lead", warnings);
        CheckShapes(supportNames, "support", warnings);
        return new InlineNote(leadNames, supportNames, deadline, leadOthers, supportOthers, leader, warnings);
    }

    private static int LabelStart(Match m)
    {
        var label = m.Groups["label"].Value;
        return m.Index + label.Length - LabelTail(label)!.Length;
    }

    private static InlineNote? ParseRoles(string text)
    {
        var clauses = BracketAwareSplitter.Split(text, "，,；;");
        List<string> lead = [], support = [], pending = [];
        bool leadOthers = false, supportOthers = false, sawRole = false;
        string? deadline = null;
        var warnings = new List<FieldWarning>();
        foreach (var clause in clauses)
        {
            if (deadline is null && sawRole && IsDeadlineClause(clause))
            {
                deadline = clause;
                continue;
            }
            var m = RoleClause.Match(clause);
            var units = UnitListParser.Parse(m.Success ? m.Groups["units"].Value : clause);
            if (units.Names.Count > 0 && !units.Names.All(UnitNames.LooksLikeUnit)) return null;
            if (!m.Success)
            {
                if (units.Names.Count == 0) return null;
                pending.AddRange(units.Names);
                continue;
            }
            var names = pending.Concat(units.Names).ToList();
            pending.Clear();
            if (names.Count == 0) return null;
            sawRole = true;
            var role = m.Groups["role"].Value;
            var leads = role.Contains("牵头") || (lead.Count == 0 && !IsSupportRole(role));
            if (leads) { lead.AddRange(names); leadOthers |= units.AndOthers; }
            else { support.AddRange(names); supportOthers |= units.AndOthers; }
        }
        if (!sawRole) return null;
        if (pending.Count > 0)
        {
            support.AddRange(pending);
            warnings.Add(new FieldWarning("support", "support.noRole", $"'{string.Join("、", pending)}' follow the note's roles without one of their own"));
        }
        if (lead.Count == 0)
            warnings.Add(new FieldWarning("lead", "lead.notNamed", "the note names supporting units but no lead"));
        return new InlineNote(lead, support, deadline, leadOthers, supportOthers, null, warnings);
    }

    private static bool IsSupportRole(string role) => role.Contains("配合") || role is "参与" or "协助" or "协同" or "指导" or "督导";

    /// <summary>
    /// A deadline clause of a note: a date or month, with or without its year (年底前完成, 5月底前完成), or
    /// an ongoing phrase. The shape is tested with a stand-in year; the task's deadline gets the notice's.
    /// </summary>
    private static bool IsDeadlineClause(string clause) =>
        DeadlineWords.LooksLikeDeadline(clause)
        || clause.Length <= 20 && (DeadlineParser.Parse(clause, 2000) is { Kind: Model.DeadlineKinds.Date or Model.DeadlineKinds.Month } or { Every: not null });

    private static void CheckShapes(IReadOnlyList<string> names, string field, List<FieldWarning> warnings)
    {
        var odd = names.Where(n => !UnitNames.LooksLikeUnit(n)).ToList();
        if (odd.Count > 0)
            warnings.Add(new FieldWarning(field, $"{field}.shape", $"'{string.Join("、", odd)}' does not read like a unit name"));
    }
}
