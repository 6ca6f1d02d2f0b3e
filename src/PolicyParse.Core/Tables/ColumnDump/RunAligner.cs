namespace PolicyParse.Tables.ColumnDump;

/// <summary>One row's value after aligning a column's printed cells with the rows.</summary>
/// <param name="Value">The most likely value.</param>
/// <param name="Certain">False when another equally plausible placement of the merged cells gives another value.</param>
public sealed record AlignedValue(string Value, bool Certain);

/// <summary>
/// A PDF column dump prints a vertically merged cell once for all the rows it spans, so a column
/// can have fewer printed cells than the page has rows. Every placement of the merges is a way to
/// give each printed cell a run of consecutive rows. This aligner scores all placements, keeps the
/// best, and says for each row whether the runner-up placements agree on its value.
/// </summary>
public static class RunAligner
{
    /// <summary>Placements beyond this count are not enumerated; every row is then marked uncertain.</summary>
    private const int MaxPlacements = 200_000;

    /// <param name="values">The printed cells in order.</param>
    /// <param name="rows">How many rows they cover.</param>
    /// <param name="affinity">Optional evidence that cell <c>v</c> belongs to row <c>r</c> (higher is better, 0 neutral).</param>
    /// <param name="groups">Optional key task of each row: a merged cell rarely spans two key tasks.</param>
    /// <param name="tolerance">Placements within this score of the best count as equally plausible.</param>
    public static IReadOnlyList<AlignedValue> Align(IReadOnlyList<string> values, int rows, Func<int, int, double>? affinity = null,
        IReadOnlyList<int>? groups = null, double tolerance = 0.25)
    {
        if (rows == 0) return [];
        if (values.Count == 0) return Enumerable.Repeat(new AlignedValue("", false), rows).ToList();
        if (values.Count >= rows)
        {
            // One cell per row: certain when the counts match exactly; extra cells mean the split before us was wrong.
            var certain = values.Count == rows;
            return Enumerable.Range(0, rows).Select(r => new AlignedValue(values[r], certain)).ToList();
        }

        // A placement = for each cell, how many rows it spans (≥ 1, summing to rows).
        var best = double.NegativeInfinity;
        var placements = new List<(double Score, int[] Owner)>();
        var owner = new int[rows];
        var count = 0;
        Enumerate(0, 0);
        if (count > MaxPlacements)
            return Enumerable.Range(0, rows).Select(r => new AlignedValue(values[Math.Min(r, values.Count - 1)], false)).ToList();

        var plausible = placements.Where(p => p.Score >= best - tolerance).ToList();
        var chosen = plausible.First(p => p.Score == best).Owner;
        return Enumerable.Range(0, rows).Select(r =>
        {
            var value = values[chosen[r]];
            var agree = plausible.All(p => values[p.Owner[r]] == value);
            return new AlignedValue(value, agree);
        }).ToList();

        void Enumerate(int cell, int row)
        {
            if (count > MaxPlacements) return;
            if (cell == values.Count)
            {
                if (row != rows) return;
                count++;
                var score = Score();
                best = Math.Max(best, score);
                placements.Add((score, (int[])owner.Clone()));
                return;
            }
            var remainingCells = values.Count - cell - 1;
            for (var span = 1; row + span + remainingCells <= rows; span++)
            {
                for (var r = row; r < row + span; r++) owner[r] = cell;
                Enumerate(cell + 1, row + span);
            }
        }

        double Score()
        {
            var score = 0.0;
            for (var r = 0; r < rows; r++)
            {
                if (affinity is not null) score += affinity(owner[r], r);
                if (groups is not null && r > 0 && owner[r] == owner[r - 1] && groups[r] != groups[r - 1]) score -= 1;
            }
            return score;
        }
    }
}
