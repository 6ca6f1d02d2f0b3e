namespace PolicyParse.Tables.PdfText;

/// <summary>One step the segmenter weighed: a cell of column C over chunks [From, To) after state (From, Pc, Pr).</summary>
/// <param name="Step">What the step cost on top of the reading that led to its state.</param>
internal readonly record struct RawEdge(int From, int Pc, int Pr, int To, int C, int R, double Step, double CellCost)
{
    /// <summary>The step's cell resumes its row after a page break (the low bit of its state; the rest marks open cells).</summary>
    public bool Resumed => R % 2 == 1;
}

/// <summary>
/// How close the runner-up reading came, cell by cell. The segmenter keeps every step it weighed;
/// a backward pass over them gives, for each state, the cheapest way on to the end, so every step
/// has the cost of the best whole reading that takes it. For each chosen cell, the best reading
/// without it is the best reading whose cell over the chosen cell's first chunk is another one. Where
/// that reading costs little more than the chosen one, the fields it reads otherwise (between the
/// last and the next state both readings share) are doubtful.
/// </summary>
internal sealed class RawMargins
{
    private readonly int _n;
    private readonly int _k;
    private readonly int _states;
    private readonly List<RawEdge> _edges;
    private readonly Func<int, int, int, (int J, int Pc, int Pr, double Cost)> _back;
    private readonly double[,,] _rest;
    private readonly int[,,] _next;

    /// <param name="n">Chunks read.</param>
    /// <param name="k">Columns.</param>
    /// <param name="states">States per chunk and column (odd: a row resumed after a page break).</param>
    /// <param name="edges">Every step weighed, in the order of their first chunk.</param>
    /// <param name="back">The forward pass's best step into a state (its cell's first chunk, the state before, the cell's cost).</param>
    /// <param name="end">What ending the table in a state costs (the last row's missing cells).</param>
    public RawMargins(int n, int k, int states, List<RawEdge> edges, Func<int, int, int, (int J, int Pc, int Pr, double Cost)> back, Func<int, int, double> end)
    {
        (_n, _k, _states, _edges, _back) = (n, k, states, edges, back);
        _rest = new double[n + 1, k, states];
        _next = new int[n + 1, k, states];
        for (var i = 0; i <= n; i++)
            for (var c = 0; c < k; c++)
                for (var r = 0; r < states; r++)
                {
                    _rest[i, c, r] = i == n ? end(c, r) : double.PositiveInfinity;
                    _next[i, c, r] = -1;
                }
        // Steps go forward only: later first chunks are settled before earlier ones.
        for (var e = edges.Count - 1; e >= 0; e--)
        {
            var edge = edges[e];
            var cost = edge.Step + _rest[edge.To, edge.C, edge.R];
            if (cost < _rest[edge.From, edge.Pc, edge.Pr]) { _rest[edge.From, edge.Pc, edge.Pr] = cost; _next[edge.From, edge.Pc, edge.Pr] = e; }
        }
    }

    /// <summary>
    /// The (row, column) fields that a reading within <paramref name="scale"/> of the chosen one
    /// reads otherwise (no more than the scale off). <paramref name="best"/> is the forward pass's cost of each state.
    /// </summary>
    public HashSet<(int Row, int Column)> Doubtful(List<List<RawCell>> rows, double[,,] best, double chosen, double scale)
    {
        var doubtful = new HashSet<(int, int)>();
        var cells = rows.SelectMany(r => r).ToList();
        var rowOf = new int[_n];
        var cellAt = new int[_n];
        var index = 0;
        for (var row = 0; row < rows.Count; row++)
            foreach (var cell in rows[row])
            {
                for (var x = cell.From; x < cell.To; x++) (rowOf[x], cellAt[x]) = (row, index);
                index++;
            }
        // The best reading without each chosen cell, and the step it takes over the cell's first chunk.
        var alt = Enumerable.Repeat((Cost: double.PositiveInfinity, Edge: -1), cells.Count).ToArray();
        for (var e = 0; e < _edges.Count; e++)
        {
            var edge = _edges[e];
            var total = best[edge.From, edge.Pc, edge.Pr] + edge.Step + _rest[edge.To, edge.C, edge.R];
            if (total - chosen > scale + 1e-9) continue;
            for (var x = edge.From; x < edge.To; x++)
            {
                var cell = cells[cellAt[x]];
                if (cell.From != x || Same(cell, edge)) continue;
                if (total < alt[cellAt[x]].Cost) alt[cellAt[x]] = (total, e);
            }
        }
        var tried = new HashSet<int>();
        foreach (var (_, e) in alt)
            if (e >= 0 && tried.Add(e))
                Compare(cells, rowOf, cellAt, e, doubtful);
        return doubtful;
    }

    private static bool Same(RawCell cell, RawEdge edge) =>
        cell.From == edge.From && cell.To == edge.To && cell.Column == edge.C && cell.Resumed == edge.Resumed;

    /// <summary>Lays the reading through step e beside the chosen one and notes the fields they read otherwise.</summary>
    private void Compare(List<RawCell> cells, int[] rowOf, int[] cellAt, int e, HashSet<(int, int)> doubtful)
    {
        var other = Reading(e);
        var edge = _edges[e];
        // The readings part after the last boundary they share and meet again at the next.
        var from = edge.From;
        while (from > 0 && !Shared(cells, cellAt, other, from)) from--;
        var to = edge.To;
        while (to < _n && !Shared(cells, cellAt, other, to)) to++;
        for (var x = from; x < to; x++)
        {
            var mine = cells[cellAt[x]];
            var theirs = other[x];
            if (theirs.To == 0 || Same(mine, theirs))
                continue;
            doubtful.Add((rowOf[x], mine.Column));
            doubtful.Add((rowOf[x], theirs.C));
        }
    }

    /// <summary>Both readings end a cell before chunk x in the same state.</summary>
    private static bool Shared(List<RawCell> cells, int[] cellAt, RawEdge[] other, int x)
    {
        var mine = cells[cellAt[x - 1]];
        var theirs = other[x - 1];
        return mine.To == x && theirs.To == x && mine.Column == theirs.C && mine.Resumed == theirs.Resumed;
    }

    /// <summary>The whole reading through step e, as the step that covers each chunk.</summary>
    private RawEdge[] Reading(int e)
    {
        var covering = new RawEdge[_n];
        var edge = _edges[e];
        Mark(covering, edge);
        // Backward along the forward pass's best steps.
        (int i, int c, int r) = (edge.From, edge.Pc, edge.Pr);
        while (i > 0)
        {
            var (j, pc, pr, cost) = _back(i, c, r);
            Mark(covering, new RawEdge(j, pc, pr, i, c, r, 0, cost));
            (i, c, r) = (j, pc, pr);
        }
        // Forward along the backward pass's best steps.
        (i, c, r) = (edge.To, edge.C, edge.R);
        while (i < _n && _next[i, c, r] is var next and >= 0)
        {
            var step = _edges[next];
            Mark(covering, step);
            (i, c, r) = (step.To, step.C, step.R);
        }
        return covering;
    }

    private static void Mark(RawEdge[] covering, RawEdge edge)
    {
        for (var x = edge.From; x < edge.To; x++) covering[x] = edge;
    }
}
