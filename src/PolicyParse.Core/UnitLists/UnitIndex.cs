using PolicyParse.Model;
using PolicyParse.Lexicon;

namespace PolicyParse.UnitLists;

/// <summary>
/// Each unit's own task list across one or more notices (the output contract's <c>units</c> JSON):
/// what a department leads and supports, with deadlines.
/// </summary>
internal sealed record UnitIndex(string SchemaVersion, IReadOnlyList<UnitNotice> Notices, IReadOnlyList<UnitTasks> Units);

internal sealed record UnitNotice(string Path, string? Title);

/// <param name="Name">As the notices first write it.</param>
internal sealed record UnitTasks(string Name, IReadOnlyList<UnitTask> Lead, IReadOnlyList<UnitTask> Support);

/// <param name="Notice">Index into <see cref="UnitIndex.Notices"/>.</param>
/// <param name="Index">The task's <c>index</c> in that notice.</param>
internal sealed record UnitTask(int Notice, int Index, string? KeyTask, string Text, Deadline Deadline);

/// <summary>
/// When two spellings are the same unit: whitespace removed, full-width forms folded to ASCII, a
/// trailing 等 dropped (区公安局等 lists 区公安局 and others). Nothing looser: 区司法局 and 司法局 stay two.
/// </summary>
internal static class UnitName
{
    public static string Key(string name)
    {
        var key = CjkText.MatchKey(name);
        while (key.Length > 1 && key.EndsWith('等')) key = key[..^1];
        return key;
    }
}

internal static class UnitIndexBuilder
{
    /// <summary>Units in the order the notices first name them (notice by notice, task by task, lead before support).</summary>
    public static UnitIndex Build(IReadOnlyList<(string Path, NoticeDocument Document)> notices)
    {
        var byKey = new Dictionary<string, (string Name, List<UnitTask> Lead, List<UnitTask> Support)>(StringComparer.Ordinal);
        var order = new List<string>();

        void Add(IReadOnlyList<string> units, UnitTask task, bool lead)
        {
            foreach (var unit in units.DistinctBy(UnitName.Key))
            {
                var key = UnitName.Key(unit);
                if (key.Length == 0) continue;
                if (!byKey.TryGetValue(key, out var entry))
                {
                    byKey[key] = entry = (unit, [], []);
                    order.Add(key);
                }
                (lead ? entry.Lead : entry.Support).Add(task);
            }
        }

        for (var n = 0; n < notices.Count; n++)
            foreach (var t in notices[n].Document.Tasks)
            {
                var task = new UnitTask(n, t.Index, t.KeyTask?.Title, t.Text, t.Deadline);
                Add(t.Lead, task, lead: true);
                Add(t.Support, task, lead: false);
            }

        return new UnitIndex(
            "1",
            notices.Select(n => new UnitNotice(n.Path, n.Document.Notice.Title ?? n.Document.Notice.NoticeTitle)).ToList(),
            order.Select(k => new UnitTasks(byKey[k].Name, byKey[k].Lead, byKey[k].Support)).ToList());
    }

    /// <summary>Only the units whose key equals <paramref name="name"/>'s; the notices stay listed.</summary>
    public static UnitIndex Only(UnitIndex index, string name)
    {
        var key = UnitName.Key(name);
        return index with { Units = index.Units.Where(u => UnitName.Key(u.Name) == key).ToList() };
    }
}
