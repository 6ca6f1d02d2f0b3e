using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Diff;

/// <summary>Names of task fields in <see cref="TaskChange.Changes"/>, as docs/output-contract.md spells them.</summary>
internal static class TaskFields
{
    public const string Text = "text";
    public const string KeyTask = "keyTask";
    public const string Lead = "lead";
    public const string Support = "support";
    public const string Deadline = "deadline";

    /// <summary>All of them, in the order reports list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Text, KeyTask, Lead, Support, Deadline];
}

/// <summary>
/// Field-by-field equality of two matched tasks. Differences that are only typography (full-width
/// versus ASCII forms, whitespace) or only order (of units in a list) are not changes.
/// </summary>
internal static class TaskComparer
{
    /// <summary>The fields of <see cref="TaskFields.All"/> that differ, in that order.</summary>
    public static IReadOnlyList<string> Changes(TaskItem old, TaskItem @new)
    {
        var changes = new List<string>();
        if (!SameText(old.Text, @new.Text)) changes.Add(TaskFields.Text);
        if (!SameKeyTask(old.KeyTask, @new.KeyTask)) changes.Add(TaskFields.KeyTask);
        if (!SameUnits(old.Lead, @new.Lead)) changes.Add(TaskFields.Lead);
        if (!SameUnits(old.Support, @new.Support)) changes.Add(TaskFields.Support);
        if (!SameDeadline(old.Deadline, @new.Deadline)) changes.Add(TaskFields.Deadline);
        return changes;
    }

    /// <summary>Equal match keys: a changed comma is a change, a full-width one is not.</summary>
    public static bool SameText(string a, string b) => CjkText.MatchKey(a) == CjkText.MatchKey(b);

    /// <summary>
    /// Key tasks are the same when their titles are. The number and ordinal are not compared:
    /// inserting one key task renumbers every later one, and that moves no task. Only when both
    /// titles are empty do the ordinals decide.
    /// </summary>
    public static bool SameKeyTask(KeyTask? a, KeyTask? b)
    {
        if (a is null || b is null)
            return a is null && b is null;
        if (a.Title.Length > 0 || b.Title.Length > 0)
            return SameText(a.Title, b.Title);
        return a.Ordinal == b.Ordinal && SameText(a.Number ?? "", b.Number ?? "");
    }

    /// <summary>Same set of units; order and repeats do not matter.</summary>
    public static bool SameUnits(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        UnitKeys(a).SetEquals(UnitKeys(b));

    /// <summary>
    /// Same text, or the same date or month written differently (2021年12月31日 and 2021年12月底).
    /// Ongoing deadlines compare by text: 持续推进 and 按时序推进 do not promise the same thing.
    /// </summary>
    public static bool SameDeadline(Deadline a, Deadline b)
    {
        if (SameText(a.Text, b.Text))
            return true;
        return a.Kind == b.Kind
            && a.Kind is (DeadlineKinds.Date or DeadlineKinds.Month)
            && a.Date is not null && a.Date == b.Date;
    }

    public static HashSet<string> UnitKeys(IEnumerable<string> units) =>
        units.Select(CjkText.MatchKey).Where(u => u.Length > 0).ToHashSet(StringComparer.Ordinal);
}
