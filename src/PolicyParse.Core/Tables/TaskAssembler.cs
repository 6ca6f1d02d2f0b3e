using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Normalization;
using PolicyParse.Text;

namespace PolicyParse.Tables;

/// <summary>
/// Turns rebuilt rows into tasks: carries the merged 重点任务 cell down, resolves its number
/// against the body's headings, splits unit lists and parses deadlines.
/// </summary>
internal static class TaskAssembler
{
    public static IReadOnlyList<TaskItem> Assemble(IReadOnlyList<RawRow> rows, IReadOnlyList<Section> sections, int? noticeYear = null)
    {
        var tasks = new List<TaskItem>(rows.Count);
        KeyTask? current = null;
        foreach (var row in rows)
        {
            var warnings = new List<FieldWarning>(row.Warnings);
            var label = row.Cell(TaskColumn.KeyTask);
            if (label.Length > 0)
            {
                var next = row.KeyTaskSection is { } matched
                    ? new KeyTask(matched.Number, matched.Ordinal, matched.Title)
                    : ParseKeyTask(label, sections);
                if (next.Ordinal is null)
                    warnings.Add(new FieldWarning("keyTask", "keyTask.unnumbered",
                        $"the key task '{label}' has no number and matches no heading of the body"));
                else if (current?.Ordinal is { } previous && next.Ordinal < previous)
                    warnings.Add(new FieldWarning("keyTask", "keyTask.outOfOrder",
                        $"key task {next.Number} follows {current.Number}; the table may be out of order"));
                current = next;
            }
            else if (current is null && row.Has(TaskColumn.KeyTask))
            {
                warnings.Add(new FieldWarning("keyTask", "keyTask.missing", "the first row has no key task"));
            }

            var text = row.Cell(TaskColumn.Text);
            if (text.Length == 0)
                warnings.Add(new FieldWarning("text", "text.empty", "the 具体工作 cell is empty"));

            var (leadList, supportList) = row.Has(TaskColumn.Responsible) && !row.Has(TaskColumn.Lead)
                ? (UnitListParser.Parse(row.Cell(TaskColumn.Responsible)), new UnitList([], false, []))
                : (UnitListParser.Parse(row.Cell(TaskColumn.Lead)), UnitListParser.Parse(row.Cell(TaskColumn.Support)));
            var (lead, support) = (leadList.Names, supportList.Names);
            // 责任单位 "区财政局（牵头）、区税务局": the marked names lead, the others support.
            if (leadList.MarkedLead.Count > 0 && supportList.Names.Count == 0)
                (lead, support) = ([.. leadList.MarkedLead], leadList.Names.Except(leadList.MarkedLead).ToList());
            CheckUnits("lead", row.Cell(TaskColumn.Lead), lead, warnings);
            CheckUnits("support", row.Cell(TaskColumn.Support), support, warnings);

            tasks.Add(new TaskItem(tasks.Count + 1, current, text, lead, support,
                DeadlineParser.Parse(row.Cell(TaskColumn.Deadline), noticeYear), row.Origin, warnings)
            {
                LeadAndOthers = leadList.AndOthers,
                SupportAndOthers = supportList.AndOthers,
            });
        }
        return tasks;
    }

    /// <summary>A unit cell none of whose parts reads like an organisation name is probably a shifted cell.</summary>
    private static void CheckUnits(string field, string cell, IReadOnlyList<string> units, List<FieldWarning> warnings)
    {
        if (units.Count > 0 && !units.Any(UnitNames.LooksLikeUnit))
            warnings.Add(new FieldWarning(field, $"{field}.shape", $"'{cell}' does not read like a list of units"));
    }

    /// <summary>（一）深化行政审批制度改革 → number （一）, ordinal 1; an unnumbered label is looked up among the body's headings.</summary>
    public static KeyTask ParseKeyTask(string label, IReadOnlyList<Section> sections)
    {
        var text = CjkText.NormalizeSpacing(label);
        if (Heading.Match(text) is { } heading)
            return new KeyTask(heading.Number, heading.Ordinal, heading.SplitTitle().Title.TrimEnd('。'));

        var key = CjkText.MatchKey(text.TrimEnd('。'));
        foreach (var section in Flatten(sections))
            if (CjkText.MatchKey(section.Title) == key)
                return new KeyTask(section.Number, section.Ordinal, text.TrimEnd('。'));
        return new KeyTask(null, null, text.TrimEnd('。'));
    }

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => Flatten(s.Sections).Prepend(s));
}
