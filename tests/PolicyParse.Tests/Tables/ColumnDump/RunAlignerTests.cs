using PolicyParse.Tables.ColumnDump;

namespace PolicyParse.Tests.Tables.ColumnDump;

public class RunAlignerTests
{
    [Fact]
    public void As_many_cells_as_rows_is_one_to_one_and_certain()
    {
        var aligned = RunAligner.Align(["a", "b", "c"], 3);
        Assert.Equal(["a", "b", "c"], aligned.Select(a => a.Value));
        Assert.All(aligned, a => Assert.True(a.Certain));
    }

    [Fact]
    public void Without_evidence_only_rows_whose_value_cannot_change_are_certain()
    {
        // Two cells, three rows: the merge is over rows 0–1 or 1–2. Row 0 is always "x", row 2 always "y".
        var aligned = RunAligner.Align(["x", "y"], 3);
        Assert.Equal([true, false, true], aligned.Select(a => a.Certain));
    }

    [Fact]
    public void Equal_neighbouring_cells_make_the_placement_irrelevant()
    {
        var aligned = RunAligner.Align(["持续推进", "持续推进"], 3);
        Assert.All(aligned, a => Assert.Equal(("持续推进", true), (a.Value, a.Certain)));
    }

    [Fact]
    public void Strong_evidence_decides_and_removes_the_doubt()
    {
        // Rows 0–1 belong to one key task, row 2 to the next: a merge across them is implausible.
        var strong = new RunEvidence(Gap: (r, above, here) => above == here && r == 2 ? -1 : 0);
        var aligned = RunAligner.Align(["x", "y"], 3, strong);
        Assert.Equal(["x", "x", "y"], aligned.Select(a => a.Value));
        Assert.All(aligned, a => Assert.True(a.Certain));
    }

    [Fact]
    public void Weak_evidence_picks_the_value_but_keeps_the_doubt()
    {
        var weak = new RunEvidence(Affinity: (cell, row) => cell == 1 && row == 1 ? 1 : 0);
        var aligned = RunAligner.Align(["x", "y"], 3, weak: weak);
        Assert.Equal("y", aligned[1].Value);
        Assert.False(aligned[1].Certain);
    }

    [Fact]
    public void No_cells_leaves_every_row_empty_and_uncertain()
    {
        var aligned = RunAligner.Align([], 2);
        Assert.All(aligned, a => Assert.Equal(("", false), (a.Value, a.Certain)));
    }
}
