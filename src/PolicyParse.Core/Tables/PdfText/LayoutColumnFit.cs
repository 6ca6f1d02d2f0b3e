namespace PolicyParse.Tables.PdfText;

/// <summary>A table row as the 具体工作 column printed it: its first and last line, and whether a page break cuts it.</summary>
internal sealed record LayoutRowSpan(int Top, int Bottom, bool Crosses)
{
    public double Middle => (Top + Bottom) / 2.0;
}

/// <summary>What one piece of a column may be: where the best reading puts it and which rows it could go to about as well.</summary>
internal sealed record LayoutFit(int[] FirstRow, int[] LastRow, HashSet<(int First, int Last)>[] Options, double Cost);

/// <summary>
/// Lays the printed lines of one column onto the rows (docs/domain.md#pdftotext-modes): the lines
/// are cut into cells and each cell is given to the row it sits beside, or to a run of rows when
/// it is merged over them. The cells of a row share its middle line (vertically centred cells) or
/// its first line (cells set at the top); a cell keeps its order, so the reading is monotone and
/// found by dynamic programming. Costs are counted in printed lines: how far a cell sits from its
/// row's middle or top, plus the evidence its cuts go against (a line stopping short inside a
/// cell, a cell whose text does not read whole).
/// </summary>
internal sealed class LayoutColumnFit(IReadOnlyList<LayoutRowSpan> rows, bool top, double skip, double merge)
{
    /// <summary>Readings less than this many lines worse than the best are as good as the best (a line is the smallest offset the text shows).</summary>
    public const double Tolerance = 1.0;

    private const int MaxPieces = 40, MaxRows = 8;

    /// <summary>Lines between a piece and a row beyond which the row cannot take it (a cell is never that far from its row).</summary>
    private const int Near = 16;

    /// <summary>A piece left in no row: only when no row can take it.</summary>
    private const double Drop = 6;

    /// <param name="ys">Vertical position of each piece.</param>
    /// <param name="groupCost">Cost of taking pieces [a, b) as one cell (how its text reads), or infinity.</param>
    /// <param name="full">False: only the cost of the best reading (for comparing readings of the rows).</param>
    public LayoutFit Fit(IReadOnlyList<int> ys, Func<int, int, double> groupCost, bool full = true)
    {
        int n = ys.Count, m = rows.Count;
        var forward = Fill(n, m, ys, groupCost);
        var best = forward[n, m];
        if (!full) return new LayoutFit([], [], [], best);
        var backward = FillBackward(n, m, ys, groupCost);

        var firstRow = Enumerable.Repeat(-1, n).ToArray();
        var lastRow = Enumerable.Repeat(-1, n).ToArray();
        var options = Enumerable.Range(0, n).Select(_ => new HashSet<(int, int)>()).ToArray();
        // Trace the best reading, and collect every placement that lies on a reading about as good.
        foreach (var (i, j, i2, j2, cost) in Moves(n, m, ys, groupCost))
        {
            var total = forward[i, j] + cost + backward[i2, j2];
            if (total >= best + Tolerance - 1e-9) continue; // a whole line or more worse: told apart
            if (i2 == i + 1 && j2 == j) options[i].Add((-1, -1));
            else if (i2 > i)
                for (var k = i; k < i2; k++) options[k].Add((j, j2 - 1));
        }
        {
            int i = 0, j = 0;
            while (i < n || j < m)
            {
                var moved = false;
                foreach (var (a, b, i2, j2, cost) in MovesFrom(i, j, n, m, ys, groupCost))
                {
                    if (Math.Abs(forward[i, j] + cost + backward[i2, j2] - best) > 1e-6) continue;
                    if (i2 > i && j2 > j)
                        for (var k = i; k < i2; k++) (firstRow[k], lastRow[k]) = (j, j2 - 1);
                    (i, j) = (i2, j2);
                    moved = true;
                    break;
                }
                if (!moved) break;
            }
        }
        return new LayoutFit(firstRow, lastRow, options, best);
    }

    private double Align(IReadOnlyList<int> ys, int a, int b, int j, int j2)
    {
        var (first, last) = (ys[a], ys[b - 1]);
        var (r, r2) = (rows[j], rows[j2]);
        if (j2 == j && (r.Crosses || last - first > 4 * (r.Bottom - r.Top + 2)))
            // A row cut by a page break: the cell only has to stand within the row's lines.
            return Math.Max(0, r.Top - first) + Math.Max(0, last - r2.Bottom) * 0.5;
        return top ? Math.Abs(first - r.Top) : Math.Abs((first + last) / 2.0 - (r.Top + r2.Bottom) / 2.0);
    }

    /// <summary>Every move of the reading: skip a row, drop a piece, or give pieces [i, i2) to rows [j, j2).</summary>
    private IEnumerable<(int I, int J, int I2, int J2, double Cost)> Moves(int n, int m, IReadOnlyList<int> ys, Func<int, int, double> groupCost)
    {
        for (var i = 0; i <= n; i++)
            for (var j = 0; j <= m; j++)
                foreach (var move in MovesFrom(i, j, n, m, ys, groupCost))
                    if (move.I2 > move.I) yield return move;
    }

    private IEnumerable<(int I, int J, int I2, int J2, double Cost)> MovesFrom(int i, int j, int n, int m, IReadOnlyList<int> ys, Func<int, int, double> groupCost)
    {
        if (j < m) yield return (i, j, i, j + 1, skip);
        if (i < n) yield return (i, j, i + 1, j, Drop);
        if (i >= n || j >= m) yield break;
        // Only rows near the piece can take it.
        if (rows[j].Top - ys[i] > Near || ys[i] - rows[j].Bottom > Near) yield break;
        for (var i2 = i + 1; i2 <= Math.Min(n, i + MaxPieces); i2++)
        {
            var g = groupCost(i, i2);
            if (double.IsPositiveInfinity(g)) break;
            for (var j2 = j; j2 < Math.Min(m, j + MaxRows); j2++)
                yield return (i, j, i2, j2 + 1, g + Align(ys, i, i2, j, j2) + merge * (j2 - j));
        }
    }

    private double[,] Fill(int n, int m, IReadOnlyList<int> ys, Func<int, int, double> groupCost)
    {
        var f = new double[n + 1, m + 1];
        for (var i = 0; i <= n; i++) for (var j = 0; j <= m; j++) f[i, j] = double.PositiveInfinity;
        f[0, 0] = 0;
        for (var i = 0; i <= n; i++)
            for (var j = 0; j <= m; j++)
            {
                if (double.IsPositiveInfinity(f[i, j])) continue;
                foreach (var (_, _, i2, j2, cost) in MovesFrom(i, j, n, m, ys, groupCost))
                    if (f[i, j] + cost < f[i2, j2]) f[i2, j2] = f[i, j] + cost;
            }
        return f;
    }

    private double[,] FillBackward(int n, int m, IReadOnlyList<int> ys, Func<int, int, double> groupCost)
    {
        var b = new double[n + 1, m + 1];
        for (var i = n; i >= 0; i--)
            for (var j = m; j >= 0; j--)
            {
                if (i == n && j == m) { b[i, j] = 0; continue; }
                var best = double.PositiveInfinity;
                foreach (var (_, _, i2, j2, cost) in MovesFrom(i, j, n, m, ys, groupCost))
                    best = Math.Min(best, cost + b[i2, j2]);
                b[i, j] = best;
            }
        return b;
    }
}
