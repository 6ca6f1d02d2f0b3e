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
