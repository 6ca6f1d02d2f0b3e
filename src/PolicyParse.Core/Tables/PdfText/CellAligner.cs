namespace PolicyParse.Tables.PdfText;

/// <summary>Lays one column's default-mode cells onto the rows, saying which cells could sit elsewhere.</summary>
internal static class CellAligner
{
    /// <summary>The cost of a placement that must not happen.</summary>
    public const double Never = 1e9;

    /// <summary>Alignments costing at most this much more than the best count as possible readings.</summary>
    private const double Tolerance = 1.5;

    /// <summary>The alignment of one column's cells onto the rows, and which cells could sit elsewhere.</summary>
    public sealed record Alignment(Dictionary<DefaultCell, int> Assigned, HashSet<DefaultCell> Ambiguous, Dictionary<DefaultCell, List<int>> Rows);

    /// <summary>
    /// Monotone alignment (cells keep their order, at most one per row) minimising how far each
    /// cell lands from the row whose 具体工作 cell the stream printed last before it. A cell may
    /// only go to a row with text on its page.
    /// </summary>
    public static Alignment Align(List<DefaultCell> column, List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> rows,
        Func<DefaultCell, int> hint, Func<DefaultCell, double> skip, double empty)
    {
        int k = column.Count, n = rows.Count;
        var hints = column.Select(hint).ToList();
        double Cost(int i, int j) => Math.Abs(hints[i] - j);

        var forward = new double[k + 1, n + 1];
        for (var i = 0; i <= k; i++)
            for (var j = 0; j <= n; j++)
            {
                if (i == 0 && j == 0) continue;
                var best = Never * 10;
                if (i > 0 && j > 0) best = Math.Min(best, forward[i - 1, j - 1] + Cost(i - 1, j - 1));
                if (i > 0) best = Math.Min(best, forward[i - 1, j] + skip(column[i - 1]));
                if (j > 0) best = Math.Min(best, forward[i, j - 1] + empty);
                forward[i, j] = best;
            }
        var backward = new double[k + 2, n + 2];
        for (var i = k; i >= 0; i--)
            for (var j = n; j >= 0; j--)
            {
                if (i == k && j == n) continue;
                var best = Never * 10;
                if (i < k && j < n) best = Math.Min(best, backward[i + 1, j + 1] + Cost(i, j));
                if (i < k) best = Math.Min(best, backward[i + 1, j] + skip(column[i]));
                if (j < n) best = Math.Min(best, backward[i, j + 1] + empty);
                backward[i, j] = best;
            }

        // Trace the best alignment back.
        var assigned = new Dictionary<DefaultCell, int>();
        {
            int i = k, j = n;
            while (i > 0 || j > 0)
            {
                if (i > 0 && j > 0 && Math.Abs(forward[i, j] - (forward[i - 1, j - 1] + Cost(i - 1, j - 1))) < 1e-9)
                { assigned[column[i - 1]] = j - 1; i--; j--; }
                else if (i > 0 && (j == 0 || Math.Abs(forward[i, j] - (forward[i - 1, j] + skip(column[i - 1]))) < 1e-9)) i--;
                else j--; // j > 0 here: with j == 0 only a skip leads back (fuzzing found the index running to -1)
            }
        }

        var optimum = forward[k, n];
        var ambiguous = new HashSet<DefaultCell>();
        var options = new Dictionary<DefaultCell, List<int>>();
        for (var i = 0; i < k; i++)
        {
            var possible = new List<int>();
            for (var j = 0; j < n; j++)
            {
                var cost = Cost(i, j);
                if (cost >= Never) continue;
                if (forward[i, j] + cost + backward[i + 1, j + 1] <= optimum + Tolerance) possible.Add(j);
            }
            options[column[i]] = possible;
            // Several rows fit about as well, or a cell that may be left out (a one-line unit cell
            // read as 配合单位) could as well have been this column's.
            if (possible.Count > 1 || (skip(column[i]) < Never && possible.Count > 0 && !assigned.ContainsKey(column[i]))) ambiguous.Add(column[i]);
        }
        return new Alignment(assigned, ambiguous, options);
    }
}
