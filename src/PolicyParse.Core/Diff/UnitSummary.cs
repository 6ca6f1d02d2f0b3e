using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Diff;

/// <summary>
/// Per unit, the tasks it gained and lost as lead or support: an added task is gained by all its
/// units, a removed one lost by all, and a matched task counts where its unit sets differ. This
/// answers a department's question "what is new for us this year".
/// </summary>
internal static class UnitSummary
{
    public static IReadOnlyList<UnitChange> Compute(TaskMatching matching)
    {
        var tally = new Dictionary<string, int[]>(StringComparer.Ordinal); // key → [lead+, lead−, support+, support−]
        var names = new Dictionary<string, string>(StringComparer.Ordinal);  // key → name as first written
        var order = new List<string>();

        void Count(IEnumerable<string> units, IReadOnlyList<string> spellings, int slot)
        {
            foreach (var key in units)
            {
                if (!tally.TryGetValue(key, out var counts))
                {
                    tally[key] = counts = new int[4];
                    names[key] = spellings.First(s => CjkText.MatchKey(s) == key);
                    order.Add(key);
                }
                counts[slot]++;
            }
        }

        foreach (var task in matching.Added)
        {
            Count(TaskComparer.UnitKeys(task.Lead), task.Lead, 0);
            Count(TaskComparer.UnitKeys(task.Support), task.Support, 2);
        }
        foreach (var task in matching.Removed)
        {
            Count(TaskComparer.UnitKeys(task.Lead), task.Lead, 1);
            Count(TaskComparer.UnitKeys(task.Support), task.Support, 3);
        }
        foreach (var (old, @new, _) in matching.Pairs)
        {
            HashSet<string> oldLead = TaskComparer.UnitKeys(old.Lead), newLead = TaskComparer.UnitKeys(@new.Lead);
            HashSet<string> oldSupport = TaskComparer.UnitKeys(old.Support), newSupport = TaskComparer.UnitKeys(@new.Support);
            Count(newLead.Except(oldLead), @new.Lead, 0);
            Count(oldLead.Except(newLead), old.Lead, 1);
            Count(newSupport.Except(oldSupport), @new.Support, 2);
            Count(oldSupport.Except(newSupport), old.Support, 3);
        }

        // Most affected units first; ties keep the order in which the report met them.
        return order
            .Select((key, position) => (Change: new UnitChange(names[key], tally[key][0], tally[key][1], tally[key][2], tally[key][3]), position))
            .OrderByDescending(u => u.Change.Total)
            .ThenBy(u => u.position)
            .Select(u => u.Change)
            .ToList();
    }
}
