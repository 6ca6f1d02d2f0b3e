using CsCheck;
using PolicyParse.Tables.ColumnDump;

namespace PolicyParse.Tests.Tables.ColumnDump;

/// <summary>
/// The run aligner (a pass over the states for the best strong score, then a walk that skips the
/// placements that cannot be plausible) against the walk over every placement it replaced, kept
/// below verbatim as the oracle. Strong scores are decimals (0.1, 0.3, 1/3…) whose sums round
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
                .SequenceEqual(Aligned(RunAlignerByEnumeration.Align(c.Values, c.Rows, c.Strong, c.Weak))),
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
        var expected = RunAlignerByEnumeration.Align(values, 21, Of(strongTable), Of(weakTable));
        Assert.Equal(Aligned(expected), Aligned(RunAligner.Align(values, 21, Of(strongTable), Of(weakTable))));
        Assert.Contains(expected, a => a.Certain);
    }
}

/// <summary>The previous <see cref="RunAligner"/> (two walks over every placement), verbatim: the oracle above.</summary>
internal static class RunAlignerByEnumeration
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

        if (Placements(rows - 1, values.Count - 1) > MaxPlacements)
            return Enumerable.Range(0, rows).Select(r => new AlignedValue(values[Math.Min(r, values.Count - 1)], false)).ToList();

        // The evidence is asked once for every (cell, row) it can be asked about. In a placement a
        // row's cell is its upper neighbour's or the next one, so a gap is scored only for equal or
        // consecutive cells. Scores are summed row by row as the placement is built, in the same
        // order as a whole-placement sum: the same doubles, and far fewer additions.
        var s = Tables.Of(strong, values.Count, rows);
        var w = Tables.Of(weak, values.Count, rows);
        // Rows are certain when every plausible placement gives them the same text; equal texts of
        // different cells count as one value.
        var canon = new int[values.Count];
        for (var v = 0; v < values.Count; v++)
            canon[v] = IndexOf(values, values[v], v);

        // Two walks over the placements, nothing stored: the first finds the best strong score, the
        // second collects, among plausible placements, the best one and the values each row can take.
        var owner = new int[rows];
        var bestStrong = double.NegativeInfinity;
        var chosen = new int[rows];
        var bestTotal = double.NegativeInfinity;
        var seen = new int[rows];
        Array.Fill(seen, -1);
        var several = new bool[rows];
        Enumerate(0, 0, 0.0, 0.0, first: true);
        Enumerate(0, 0, 0.0, 0.0, first: false);
        return Enumerable.Range(0, rows).Select(r => new AlignedValue(values[chosen[r]], !several[r])).ToList();

        void Enumerate(int cell, int row, double strongSum, double weakSum, bool first)
        {
            if (cell == values.Count)
            {
                if (row != rows) return;
                if (first) bestStrong = Math.Max(bestStrong, strongSum);
                else Visit(strongSum, weakSum);
                return;
            }
            var remainingCells = values.Count - cell - 1;
            for (var span = 1; row + span + remainingCells <= rows; span++)
            {
                // Extend the sums (and the placement) by the span's last row, then go on with the next cell.
                var r = row + span - 1;
                owner[r] = cell;
                strongSum = s.Add(strongSum, cell, r, sameAsAbove: span > 1);
                if (!first) weakSum = w.Add(weakSum, cell, r, sameAsAbove: span > 1);
                Enumerate(cell + 1, row + span, strongSum, weakSum, first);
            }
        }

        void Visit(double strongScore, double weakScore)
        {
            if (strongScore < bestStrong - Tolerance) return;
            for (var r = 0; r < rows; r++)
            {
                var value = canon[owner[r]];
                if (seen[r] < 0) seen[r] = value;
                else if (seen[r] != value) several[r] = true;
            }
            var total = strongScore + weakScore;
            if (total > bestTotal) { bestTotal = total; owner.CopyTo(chosen, 0); }
        }
    }

    private static int IndexOf(IReadOnlyList<string> values, string value, int before)
    {
        for (var v = 0; v < before; v++)
            if (values[v] == value) return v;
        return before;
    }

    /// <summary>The number of ways to choose k of n, or MaxPlacements + 1 once it exceeds that.</summary>
    private static long Placements(int n, int k)
    {
        long c = 1;
        for (var i = 1; i <= k; i++)
        {
            c = c * (n - k + i) / i; // exact: a product of i consecutive integers is divisible by i!
            if (c > MaxPlacements) return MaxPlacements + 1;
        }
        return c;
    }

    /// <summary>One evidence's scores, looked up once: affinity[cell, row] and the gap above a row for equal and consecutive cells.</summary>
    private sealed class Tables
    {
        private double[,]? _affinity;
        private double[,]? _gapSame;
        private double[,]? _gapNext;

        public static Tables Of(RunEvidence evidence, int cells, int rows)
        {
            var t = new Tables();
            if (evidence.Affinity is { } affinity)
            {
                t._affinity = new double[cells, rows];
                for (var v = 0; v < cells; v++)
                    for (var r = 0; r < rows; r++)
                        t._affinity[v, r] = affinity(v, r);
            }
            if (evidence.Gap is { } gap)
            {
                (t._gapSame, t._gapNext) = (new double[cells, rows], new double[cells, rows]);
                for (var v = 0; v < cells; v++)
                    for (var r = 1; r < rows; r++)
                    {
                        t._gapSame[v, r] = gap(r, v, v);
                        if (v > 0) t._gapNext[v, r] = gap(r, v - 1, v);
                    }
            }
            return t;
        }

        /// <summary>The sum with row r's scores added, as a whole-placement sum adds them: affinity, then the gap above.</summary>
        public double Add(double sum, int cell, int r, bool sameAsAbove)
        {
            if (_affinity is not null) sum += _affinity[cell, r];
            if (_gapSame is not null && r > 0) sum += sameAsAbove ? _gapSame[cell, r] : _gapNext![cell, r];
            return sum;
        }
    }
}
