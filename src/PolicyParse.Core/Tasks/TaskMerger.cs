using PolicyParse.Model;
using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tasks;

/// <summary>
/// Puts table tasks and inline tasks into one list. Where a notice carries both, the body restates
/// the table: an inline task whose text matches a table row's is the same task, and the row wins.
/// </summary>
internal static class TaskMerger
{
    public static IReadOnlyList<TaskItem> Merge(IReadOnlyList<TaskItem> table, IReadOnlyList<TaskItem> inline)
    {
        var keys = table.Select(t => CjkText.MatchKey(t.Text)).Where(k => k.Length > 0).ToList();
        var result = new List<TaskItem>(table);
        foreach (var task in inline)
        {
            var key = CjkText.MatchKey(task.Text);
            if (keys.Any(k => Same(k, key))) continue;
            result.Add(task);
        }
        return result.Select((t, i) => t.Index == i + 1 ? t : t with { Index = i + 1 }).ToList();
    }

    /// <summary>Equal, one holding the other, or sharing most of their character pairs.</summary>
    internal static bool Same(string a, string b)
    {
        if (a == b) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 8 && longer.Contains(shorter, StringComparison.Ordinal)) return true;
        return Dice(a, b) >= 0.8;
    }

    private static double Dice(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2) return 0;
        var pairs = new Dictionary<(char, char), int>();
        for (var i = 0; i + 1 < a.Length; i++) pairs[(a[i], a[i + 1])] = pairs.GetValueOrDefault((a[i], a[i + 1])) + 1;
        var shared = 0;
        for (var i = 0; i + 1 < b.Length; i++)
            if (pairs.TryGetValue((b[i], b[i + 1]), out var n) && n > 0) { shared++; pairs[(b[i], b[i + 1])] = n - 1; }
        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }
}
