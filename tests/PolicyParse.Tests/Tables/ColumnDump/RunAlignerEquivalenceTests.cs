using PolicyParse.Tables.ColumnDump;

namespace PolicyParse.Tests.Tables.ColumnDump;

/// <summary>
/// The run aligner against the version it replaced (kept below as the oracle: every placement
/// re-scored as a whole through the evidence delegates), on random cells, rows and evidence.
/// </summary>
public class RunAlignerEquivalenceTests
{
    [Fact]
    public void Same_values_and_certainty_as_scoring_every_placement_whole()
    {
        var random = new Random(20261202);
        var compared = 0;
        for (var trial = 0; trial < 3000; trial++)
        {
            var rows = random.Next(1, 13);
            var cells = random.Next(0, rows + 2);
            // Few distinct texts, so equal cells (merged or not) are common; some empty.
            var values = Enumerable.Range(0, cells).Select(_ => random.Next(4) switch { 0 => "", 1 => "a", _ => "v" + random.Next(3) }).ToList();
            var strong = Evidence(random, cells, rows, coarse: true);
            var weak = Evidence(random, cells, rows, coarse: false);
            var expected = RunAlignerByScoring.Align(values, rows, strong, weak);
            var actual = RunAligner.Align(values, rows, strong, weak);
            Assert.Equal(expected.Select(a => (a.Value, a.Certain)), actual.Select(a => (a.Value, a.Certain)));
            if (cells > 1 && cells < rows) compared++;
        }
        Assert.True(compared > 1000);
    }

    [Fact]
    public void Too_many_placements_leave_every_row_uncertain_as_before()
    {
        var values = Enumerable.Range(0, 12).Select(i => "c" + i).ToList();
        var expected = RunAlignerByScoring.Align(values, 40);
        var actual = RunAligner.Align(values, 40);
        Assert.Equal(expected.Select(a => (a.Value, a.Certain)), actual.Select(a => (a.Value, a.Certain)));
        Assert.All(actual, a => Assert.False(a.Certain));
    }

    /// <summary>Random tables behind the delegates; coarse ones (−1, 0, 1) make ties and near-ties common.</summary>
    private static RunEvidence Evidence(Random random, int cells, int rows, bool coarse)
    {
        double Next() => coarse ? random.Next(-1, 2) : Math.Round(random.NextDouble() - 0.5, random.Next(1, 4));
        var affinity = new double[Math.Max(cells, 1), rows];
        var same = new double[Math.Max(cells, 1), rows];
        var next = new double[Math.Max(cells, 1), rows];
        for (var v = 0; v < cells; v++)
            for (var r = 0; r < rows; r++)
                (affinity[v, r], same[v, r], next[v, r]) = (Next(), Next(), Next());
        var which = random.Next(4);
        return new RunEvidence(
            which is 0 or 2 ? (v, r) => affinity[v, r] : null,
            which is 1 or 2 ? (r, above, here) => above == here ? same[here, r] : next[here, r] : null);
    }
}

/// <summary>The previous <see cref="RunAligner"/>, verbatim: the oracle of the equivalence test.</summary>
internal static class RunAlignerByScoring
{
    /// <summary>Placements beyond this count are not enumerated; every row is then marked uncertain.</summary>
    private const int MaxPlacements = 200_000;

    /// <summary>Placements within this strong score of the best count as plausible.</summary>
    private const double Tolerance = 0.25;

    public static IReadOnlyList<AlignedValue> Align(IReadOnlyList<string> values, int rows, RunEvidence? strong = null, RunEvidence? weak = null)
    {
        strong ??= RunEvidence.None;
        weak ??= RunEvidence.None;
        if (rows == 0) return [];
        if (values.Count == 0) return Enumerable.Repeat(new AlignedValue("", false), rows).ToList();
        if (values.Count >= rows)
        {
            // One cell per row: certain when the counts match exactly; extra cells mean the split before us was wrong.
            var certain = values.Count == rows;
            return Enumerable.Range(0, rows).Select(r => new AlignedValue(values[r], certain)).ToList();
        }

        // Two walks over the placements, nothing stored: the first finds the best strong score, the
        // second collects, among plausible placements, the best one and the values each row can take.
        var owner = new int[rows];
        var count = 0;
        var bestStrong = double.NegativeInfinity;
        Enumerate(0, 0, () => bestStrong = Math.Max(bestStrong, Score(strong)));
        if (count > MaxPlacements)
            return Enumerable.Range(0, rows).Select(r => new AlignedValue(values[Math.Min(r, values.Count - 1)], false)).ToList();

        var chosen = new int[rows];
        var bestTotal = double.NegativeInfinity;
        var seen = new HashSet<string>?[rows];
        count = 0;
        Enumerate(0, 0, () =>
        {
            var strongScore = Score(strong);
            if (strongScore < bestStrong - Tolerance) return;
            for (var r = 0; r < rows; r++) (seen[r] ??= []).Add(values[owner[r]]);
            var total = strongScore + Score(weak);
            if (total > bestTotal) { bestTotal = total; owner.CopyTo(chosen, 0); }
        });
        return Enumerable.Range(0, rows).Select(r => new AlignedValue(values[chosen[r]], seen[r]!.Count == 1)).ToList();

        void Enumerate(int cell, int row, Action visit)
        {
            if (count > MaxPlacements) return;
            if (cell == values.Count)
            {
                if (row != rows) return;
                count++;
                visit();
                return;
            }
            var remainingCells = values.Count - cell - 1;
            for (var span = 1; row + span + remainingCells <= rows; span++)
            {
                for (var r = row; r < row + span; r++) owner[r] = cell;
                Enumerate(cell + 1, row + span, visit);
            }
        }

        double Score(RunEvidence evidence)
        {
            var score = 0.0;
            for (var r = 0; r < rows; r++)
            {
                if (evidence.Affinity is not null) score += evidence.Affinity(owner[r], r);
                if (evidence.Gap is not null && r > 0) score += evidence.Gap(r, owner[r - 1], owner[r]);
            }
            return score;
        }
    }
}
