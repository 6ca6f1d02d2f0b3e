namespace PolicyParse.Tables.ColumnDump;

/// <summary>One row's value after aligning a column's printed cells with the rows.</summary>
/// <param name="Value">The most likely value.</param>
/// <param name="Certain">False when another plausible placement of the merged cells gives another value.</param>
internal sealed record AlignedValue(string Value, bool Certain);

/// <summary>Evidence about where the runs of merged cells lie.</summary>
/// <param name="Affinity">That cell <c>v</c> belongs to row <c>r</c> (higher is better, 0 neutral).</param>
/// <param name="Gap">Score of the gap above row <c>r</c> (1 ≤ r &lt; rows), given the cells of the row above
/// and of row <c>r</c>: equal cells mean the gap lies inside one merged cell.</param>
internal sealed record RunEvidence(Func<int, int, double>? Affinity = null, Func<int, int, int, double>? Gap = null)
{
    public static RunEvidence None { get; } = new();
}

/// <summary>
/// A PDF column dump prints a vertically merged cell once for all the rows it spans, so a column
/// can have fewer printed cells than the page has rows. Every placement of the merges gives each
/// printed cell a run of consecutive rows. Strong evidence (a support cell never repeats its row's
/// lead; a deadline naming the task's subject) decides which placements are plausible; weak
/// evidence (rows that read alike share a cell) picks the most likely among them. A row is certain
/// only when every plausible placement gives it the same value.
/// </summary>
internal static class RunAligner
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
        var cells = values.Count;
        var s = Tables.Of(strong, cells, rows);
        var w = Tables.Of(weak, cells, rows);
        // Rows are certain when every plausible placement gives them the same text; equal texts of
        // different cells count as one value.
        var canon = new int[cells];
        for (var v = 0; v < cells; v++)
            canon[v] = IndexOf(values, values[v], v);

        // A placement is a path through the states (row r, its cell c), c in [First(r), Last(r)].
        int First(int r) => Math.Max(0, r - (rows - cells));
        int Last(int r) => Math.Min(r, cells - 1);

        // The best strong score, by a forward pass over the states instead of a walk over every
        // placement: a placement's score is its row scores added one by one from the top, and
        // rounding is monotone (a ≤ b ⇒ a + x ≤ b + x in doubles too), so the best sum through a
        // state extends the best sum through the state above: the same double as the walk's maximum.
        var forward = new double[cells];
        forward[0] = s.Add(0.0, 0, 0, sameAsAbove: false);
        for (var r = 1; r < rows; r++)
            for (var c = Last(r); c >= First(r); c--)
            {
                // From (r − 1, c) with the same cell, or from (r − 1, c − 1) with the next; descending c reads row r − 1's values before overwriting them.
                var same = c <= Last(r - 1) ? s.Add(forward[c], c, r, sameAsAbove: true) : double.NegativeInfinity;
                var next = c - 1 >= First(r - 1) ? s.Add(forward[c - 1], c, r, sameAsAbove: false) : double.NegativeInfinity;
                forward[c] = Math.Max(same, next);
            }
        var bestStrong = forward[cells - 1];
        var threshold = bestStrong - Tolerance;

        // The most strong score the rows below a state can still add, for cutting off the placements
        // that cannot reach the threshold. Sums in another order round otherwise, so a prefix is cut
        // only when it misses by more than a slack far above any rounding error: placements are
        // walked only when there are at most MaxPlacements of them, so at most MaxPlacements + 1
        // rows (two cells) and twice as many additions, each off by at most 2⁻⁵³ of the magnitude
        // (under 5e-11 of it in all, against a slack of 1e-9).
        var below = new double[rows, cells];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < cells; c++) below[r, c] = double.NegativeInfinity;
        below[rows - 1, cells - 1] = 0;
        for (var r = rows - 2; r >= 0; r--)
            for (var c = First(r); c <= Last(r); c++)
                below[r, c] = Math.Max(
                    c <= Last(r + 1) ? s.Add(0.0, c, r + 1, sameAsAbove: true) + below[r + 1, c] : double.NegativeInfinity,
                    c + 1 <= Last(r + 1) ? NextBelow(r, c) : double.NegativeInfinity);
        double NextBelow(int r, int c) => s.Add(0.0, c + 1, r + 1, sameAsAbove: false) + below[r + 1, c + 1];
        var magnitude = s.Magnitude(cells, rows);
        // Non-finite scores defeat the error bound: then nothing is cut and every placement is walked.
        var cut = double.IsFinite(magnitude) && double.IsFinite(bestStrong)
            ? threshold - 1e-9 * (1 + magnitude + Math.Abs(bestStrong))
            : double.NegativeInfinity;

        // One walk over the placements that may be plausible, in the order of the whole enumeration,
        // with the sums built the same way: among the plausible ones, the first best total and the
        // values each row can take come out as they did when every placement was walked.
        var owner = new int[rows];
        var chosen = new int[rows];
        var bestTotal = double.NegativeInfinity;
        var seen = new int[rows];
        Array.Fill(seen, -1);
        var several = new bool[rows];
        Enumerate(0, 0, 0.0, 0.0);
        return Enumerable.Range(0, rows).Select(r => new AlignedValue(values[chosen[r]], !several[r])).ToList();

        void Enumerate(int cell, int row, double strongSum, double weakSum)
        {
            if (cell == cells - 1)
            {
                // The last cell runs to the bottom row.
                for (var r = row; r < rows; r++)
                {
                    owner[r] = cell;
                    strongSum = s.Add(strongSum, cell, r, sameAsAbove: r > row);
                    weakSum = w.Add(weakSum, cell, r, sameAsAbove: r > row);
                }
                Visit(strongSum, weakSum);
                return;
            }
            var remainingCells = cells - cell - 1;
            for (var span = 1; row + span + remainingCells <= rows; span++)
            {
                // Extend the sums (and the placement) by the span's last row, then go on with the next cell.
                var r = row + span - 1;
                owner[r] = cell;
                strongSum = s.Add(strongSum, cell, r, sameAsAbove: span > 1);
                weakSum = w.Add(weakSum, cell, r, sameAsAbove: span > 1);
                // Longer spans continue this state: none of them can reach the threshold either.
                if (strongSum + below[r, cell] < cut) return;
                if (strongSum + NextBelow(r, cell) < cut) continue;
                Enumerate(cell + 1, row + span, strongSum, weakSum);
            }
        }

        void Visit(double strongScore, double weakScore)
        {
            if (strongScore < threshold) return;
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

        /// <summary>A bound on the sum of the magnitudes of any placement's scores: per row, the largest affinity and gap any cell can have.</summary>
        public double Magnitude(int cells, int rows)
        {
            var total = 0.0;
            for (var r = 0; r < rows; r++)
            {
                var most = 0.0;
                for (var c = 0; c < cells; c++)
                {
                    var here = 0.0;
                    if (_affinity is not null) here += Math.Abs(_affinity[c, r]);
                    if (_gapSame is not null) here += Math.Max(Math.Abs(_gapSame[c, r]), Math.Abs(_gapNext![c, r]));
                    most = Math.Max(most, here);
                }
                total += most;
            }
            return total;
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
