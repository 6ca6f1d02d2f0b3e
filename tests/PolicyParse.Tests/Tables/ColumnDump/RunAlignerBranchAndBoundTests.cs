using CsCheck;
using PolicyParse.Tables.ColumnDump;

namespace PolicyParse.Tests.Tables.ColumnDump;

/// <summary>
/// The run aligner (a pass over the states for the best strong score, then a walk that skips the
/// placements that cannot be plausible) against the first aligner, which scores every placement
/// whole (<see cref="RunAlignerByScoring"/>, kept verbatim in RunAlignerEquivalenceTests), as the oracle. Strong scores are decimals (0.1, 0.3, 1/3…) whose sums round
/// differently in different orders, and within the tolerance of each other, so a cut that trusts
/// the bound too much drops a placement the oracle counts as plausible; few texts, so equal cells
/// and tied totals are common.
/// </summary>
public class RunAlignerBranchAndBoundTests
{
    private static readonly double[] StrongScores = [-1, -0.75, -0.5, -0.3, -0.25, -0.2, -0.1, -0.05, 0, 0, 0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.7, 1.0 / 3, 1];
    private static readonly double[] WeakScores = [-0.5, -0.1, -0.05, 0, 0, 0.05, 0.1, 0.2];

    private sealed record Case(string[] Values, int Rows, RunEvidence Strong, RunEvidence Weak, string Shown)
    {
        public override string ToString() => Shown;
    }

    private static Gen<RunEvidence> Evidence(int cells, int rows, Gen<double> score) =>
        Gen.Select(Gen.Int[0, 3], score.Array[3 * Math.Max(cells, 1) * rows], (which, t) =>
        {
            double At(int table, int v, int r) => t[(table * Math.Max(cells, 1) + v) * rows + r];
            return new RunEvidence(
                which is 0 or 2 ? (v, r) => At(0, v, r) : null,
                which is 1 or 2 ? (r, above, here) => above == here ? At(1, here, r) : At(2, here, r) : null);
        });

    private static readonly Gen<Case> Cases =
        from rows in Gen.Int[1, 14]
        from cells in Gen.Int[0, rows + 1]
        from values in Gen.OneOf("", "a", "b", "持续推进", "c").Array[cells]
        from strong in Evidence(cells, rows, Gen.OneOf(StrongScores))
        from weak in Evidence(cells, rows, Gen.Frequency((3, Gen.OneOf(WeakScores)), (1, Gen.Double[-1, 1])))
        select new Case(values, rows, strong, weak, $"rows {rows}, cells [{string.Join(",", values)}]");

    private static (string, bool)[] Aligned(IReadOnlyList<AlignedValue> aligned) => aligned.Select(a => (a.Value, a.Certain)).ToArray();

    [Fact]
    public void Same_values_and_certainty_as_walking_every_placement()
    {
        Cases.Sample(c =>
            Aligned(RunAligner.Align(c.Values, c.Rows, c.Strong, c.Weak))
                .SequenceEqual(Aligned(RunAlignerByScoring.Align(c.Values, c.Rows, c.Strong, c.Weak))),
            iter: 20_000);
    }

    [Fact]
    public void Same_result_at_the_largest_count_still_walked()
    {
        // C(20, 10) = 184,756 placements of 11 cells over 21 rows: still walked, not given up on.
        var random = new Random(7);
        var values = Enumerable.Range(0, 11).Select(i => "c" + random.Next(6)).ToArray();
        var strongTable = Enumerable.Range(0, 3 * 11 * 21).Select(_ => StrongScores[random.Next(StrongScores.Length)]).ToArray();
        var weakTable = Enumerable.Range(0, 3 * 11 * 21).Select(_ => random.NextDouble() - 0.5).ToArray();
        RunEvidence Of(double[] t) => new((v, r) => t[v * 21 + r], (r, above, here) => t[((above == here ? 1 : 2) * 11 + here) * 21 + r]);
        var expected = RunAlignerByScoring.Align(values, 21, Of(strongTable), Of(weakTable));
        Assert.Equal(Aligned(expected), Aligned(RunAligner.Align(values, 21, Of(strongTable), Of(weakTable))));
        Assert.Contains(expected, a => a.Certain);
    }
}
