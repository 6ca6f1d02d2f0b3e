using DiffPlex;
using DiffPlex.Chunkers;

namespace PolicyParse.Diff;

/// <summary>
/// Character-level difference of two texts (DiffPlex's Myers diff), as runs of equal, deleted and
/// inserted text, cleaned up for reading: a minimal diff of 专项治理 → 专项整治 keeps the shared
/// 治 and reads 专项{+整+}治[-理-]; we report 专项[-治理-]{+整治+}, as a person would mark it.
/// </summary>
internal static class InlineDiff
{
    public static IReadOnlyList<TextEdit> Compute(string oldText, string newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, CharacterChunker.Instance);
        var runs = new List<Run>();
        var a = 0; // next unconsumed character of the old text
        foreach (var block in result.DiffBlocks)
        {
            AddEqual(runs, oldText[a..block.DeleteStartA]);
            var change = new Run(false, oldText.Substring(block.DeleteStartA, block.DeleteCountA), newText.Substring(block.InsertStartB, block.InsertCountB));
            if (runs.Count > 0 && !runs[^1].Equal)
                runs[^1] = new Run(false, runs[^1].Old + change.Old, runs[^1].New + change.New); // blocks that touch are one change
            else
                runs.Add(change);
            a = block.DeleteStartA + block.DeleteCountA;
        }
        AddEqual(runs, oldText[a..]);
        FoldShortEqualities(runs);

        var edits = new List<TextEdit>();
        foreach (var run in runs)
        {
            if (run.Equal)
            {
                edits.Add(new TextEdit(TextEditKind.Equal, run.Old));
                continue;
            }
            if (run.Old.Length > 0) edits.Add(new TextEdit(TextEditKind.Delete, run.Old));
            if (run.New.Length > 0) edits.Add(new TextEdit(TextEditKind.Insert, run.New));
        }
        return edits;
    }

    /// <summary>A stretch both texts share (Old = New), or a changed stretch: Old replaced by New.</summary>
    private sealed record Run(bool Equal, string Old, string New)
    {
        public int ChangeLength => Math.Max(Old.Length, New.Length);
    }

    private static void AddEqual(List<Run> runs, string text)
    {
        if (text.Length > 0) runs.Add(new Run(true, text, text));
    }

    /// <summary>
    /// Merges an equal stretch into the changes around it when it is no longer than the change on
    /// either side (the "semantic cleanup" rule of diff-match-patch): such a coincidence splits one
    /// edit into fragments without telling the reader anything.
    /// </summary>
    private static void FoldShortEqualities(List<Run> runs)
    {
        for (var i = 1; i < runs.Count - 1; i++)
        {
            Run before = runs[i - 1], equal = runs[i], after = runs[i + 1];
            if (!equal.Equal || before.Equal || after.Equal) continue;
            if (equal.Old.Length > Math.Min(before.ChangeLength, after.ChangeLength)) continue;
            runs[i - 1] = new Run(false, before.Old + equal.Old + after.Old, before.New + equal.New + after.New);
            runs.RemoveRange(i, 2);
            i = Math.Max(0, i - 2); // the merged change may now absorb the equality before it
        }
    }
}
