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
