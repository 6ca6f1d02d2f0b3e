namespace PolicyParse.Matching;

/// <summary>
/// Optimal assignment (Hungarian algorithm, Kuhn–Munkres with potentials, O(n³)): pairs rows with
/// columns so that the total weight is as large as possible. Integer weights keep it exact and
/// deterministic, so the same inputs always give the same pairs.
/// </summary>
internal static class Assignment
{
    /// <summary>
    /// For a rows × columns weight matrix (weights ≥ 0), returns for each row the column it is paired
    /// with, or -1. A rectangular matrix is padded with zero weights, so when rows outnumber columns
    /// some rows stay unpaired; a pair of weight 0 is as good as no pair and callers treat it so.
    /// </summary>
    public static int[] Maximize(long[,] weights)
    {
        int rows = weights.GetLength(0), columns = weights.GetLength(1);
        var n = Math.Max(rows, columns);
        if (n == 0)
            return [];

        long max = 0;
        foreach (var w in weights)
        {
            if (w < 0) throw new ArgumentException("weights must not be negative", nameof(weights));
            max = Math.Max(max, w);
        }
        // Minimise cost = max − weight over the padded square matrix (1-based, as the classic form).
        long Cost(int i, int j) => i <= rows && j <= columns ? max - weights[i - 1, j - 1] : max;

        var u = new long[n + 1];        // row potentials
        var v = new long[n + 1];        // column potentials
        var rowOf = new int[n + 1];     // rowOf[j]: row paired with column j (0 = none)
        var way = new int[n + 1];       // previous column on the augmenting path
        for (var i = 1; i <= n; i++)
        {
            rowOf[0] = i;
            var j0 = 0;
            var minv = new long[n + 1];
            Array.Fill(minv, long.MaxValue);
            var used = new bool[n + 1];
            do
            {
                used[j0] = true;
                int i0 = rowOf[j0], j1 = 0;
                var delta = long.MaxValue;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j]) continue;
                    var reduced = Cost(i0, j) - u[i0] - v[j];
                    if (reduced < minv[j]) { minv[j] = reduced; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (var j = 0; j <= n; j++)
                {
                    if (used[j]) { u[rowOf[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            }
            while (rowOf[j0] != 0);
            do
            {
                var j1 = way[j0];
                rowOf[j0] = rowOf[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var result = new int[rows];
        Array.Fill(result, -1);
        for (var j = 1; j <= columns; j++)
            if (rowOf[j] is var i and >= 1 && i <= rows)
                result[i - 1] = j - 1;
        return result;
    }
}
