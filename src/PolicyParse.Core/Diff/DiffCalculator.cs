using PolicyParse.Model;

namespace PolicyParse.Diff;

/// <summary>Compares the task lists of two notices: match by content, then compare matched tasks field by field.</summary>
public sealed class DiffCalculator(double threshold = DiffCalculator.DefaultThreshold)
{
    /// <summary>Texts at least this alike (bigram Dice, 0..1) may be the same task reworded.</summary>
    public const double DefaultThreshold = TaskMatcher.DefaultThreshold;

    private readonly TaskMatcher _matcher = new(threshold);

    public DiffReport Compare(NoticeDocument old, string oldPath, NoticeDocument @new, string newPath)
    {
        var matching = _matcher.Match(old.Tasks, @new.Tasks);
        var changed = new List<TaskChange>();
        var unchanged = 0;
        foreach (var pair in matching.Pairs)
        {
            var changes = TaskComparer.Changes(pair.Old, pair.New);
            if (changes.Count == 0)
            {
                unchanged++;
                continue;
            }
            var textDiff = changes.Contains(TaskFields.Text) ? InlineDiff.Compute(pair.Old.Text, pair.New.Text) : null;
            changed.Add(new TaskChange(pair.Old, pair.New, Math.Round(pair.Similarity, 3), changes, textDiff));
        }

        return new DiffReport
        {
            Old = Side(old, oldPath),
            New = Side(@new, newPath),
            Added = matching.Added,
            Removed = matching.Removed,
            Changed = changed,
            Unchanged = unchanged,
            Units = UnitSummary.Compute(matching),
            Threshold = _matcher.Threshold,
        };
    }

    private static DiffSide Side(NoticeDocument document, string path) =>
        new(path, document.Notice.Title ?? document.Notice.NoticeTitle, document.Tasks.Count);
}
