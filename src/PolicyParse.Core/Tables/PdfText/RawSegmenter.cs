using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>One cell (or the part of a cell printed after a page break) the segmenter read: chunks [From, To) of one column.</summary>
/// <param name="Column">Index into the row order.</param>
/// <param name="Resumed">Printed after a page break as the rest of the row cut by it.</param>
/// <param name="Cost">What reading it this way cost (0: it reads right).</param>
internal sealed record RawCell(int Column, int From, int To, bool Resumed, double Cost);

/// <summary>
/// Cuts the runs of a `pdftotext -raw` table into rows and cells, all at once, choosing the
/// reading of least cost (a Viterbi search over cell boundaries). Within a row the cells come in
/// column order; a row cut by a page break goes on, after the page's header, with the rest of its
/// open cells in column order. A cell's cost says how well its lines fill the column (see
/// <see cref="RawCellCost"/>) and how well its text has its column's shape.
/// </summary>
internal sealed class RawSegmenter
{
    private const int MaxChunks = 80;
    /// <summary>What starting a row costs: the model's unit of evidence.</summary>
    public const double NewRowCost = 1;
    private const double ResumeCost = 0.5;

    private readonly IReadOnlyList<RawChunk> _chunks;
    private readonly IReadOnlyList<TaskColumn> _columns;
    private readonly RawKind[] _kinds;
    private readonly double?[] _capacity;
    private readonly int _text;
    private readonly UnitCells _units;

    /// <param name="margins">Keep every step weighed, for <see cref="Doubtful"/>.</param>
    public RawSegmenter(IReadOnlyList<RawChunk> chunks, IReadOnlyList<TaskColumn> columns, IReadOnlyList<double?> capacity, bool margins = false)
    {
        _edges = margins ? [] : null;
        _chunks = chunks;
        _columns = columns;
        _kinds = columns.Select(RawCellCost.KindOf).ToArray();
        _capacity = capacity.ToArray();
        _text = columns.ToList().IndexOf(TaskColumn.Text);
        _units = UnitCells.Learn(chunks.Select(c => c.Text));
        _states = 2 << columns.Count;
    }

    /// <summary>
    /// A state's second part: whether the row is being resumed after a page break (state % 2), and
    /// which of the row's cells were left open to go on after a break (state / 2, a bit per column).
    /// A cell whose last line ran to its column's edge may be read closed (its shape paid now) or
    /// open (its shape paid on the whole cell once it resumes after the break; a row with open cells
    /// can only go on past a break). Were the open cell's unfinished shape paid before the break and
    /// refunded on resuming, a reading closing it early (a neighbour's line glued on to make a whole
    /// name) would be cheaper at the break, win the state, and leave the true reading no way on.
    /// </summary>
    private readonly int _states;

    private static bool IsResumed(int state) => state % 2 == 1;

    // Viterbi state: chunks consumed, column of the last cell, resumed and open cells (see _states).
    private double[,,] _best = new double[0, 0, 0];
    private int[,,] _fromChunk = new int[0, 0, 0];
    private int[,,] _fromColumn = new int[0, 0, 0];
    private int[,,] _fromResumed = new int[0, 0, 0];
    private double[,,] _cellCost = new double[0, 0, 0];
    private readonly List<RawEdge>? _edges;
    private double _chosen = double.PositiveInfinity;

    /// <summary>The rows read, each as its cells in printed order; empty when no reading was possible.</summary>
    public List<List<RawCell>> Segment()
    {
        int n = _chunks.Count, k = _columns.Count;
        if (n == 0 || _text < 0) return [];
        _best = new double[n + 1, k, _states];
        _fromChunk = new int[n + 1, k, _states];
        _fromColumn = new int[n + 1, k, _states];
        _fromResumed = new int[n + 1, k, _states];
        _cellCost = new double[n + 1, k, _states];
        for (var i = 0; i <= n; i++)
            for (var c = 0; c < k; c++)
                for (var r = 0; r < _states; r++)
                    _best[i, c, r] = double.PositiveInfinity;
        // Before the first row: as if a row had just been completed.
        _best[0, k - 1, 0] = 0;

        for (var j = 0; j < n; j++)
        {
            var live = Live(j);
            if (live.Count == 0) continue;
            for (var c = 0; c < k; c++)
                foreach (var (to, cost) in Cells(j, c))
                    Relax(j, to, c, cost, live);
        }

        // The last row's missing cells are empty.
        (double Cost, int C, int R) end = (double.PositiveInfinity, -1, 0);
        for (var c = 0; c < k; c++)
            for (var r = 0; r < _states; r++)
            {
                if ((r & ~1) != 0) continue; // cells left open and never resumed
                var total = _best[n, c, r] + (!IsResumed(r) ? EmptyBetween(c + 1, k) : 0);
                if (total < end.Cost) end = (total, c, r);
            }
        _chosen = end.Cost;
        return end.C < 0 || end.Cost >= RawCellCost.Impossible ? [] : Trace(n, end.C, end.R);
    }

    /// <summary>
    /// The (row, column) fields of <paramref name="rows"/> (this segmenter's last reading) that
    /// another reading costing no more than <paramref name="scale"/> more reads otherwise; none unless
    /// built with margins.
    /// </summary>
    public HashSet<(int Row, int Column)> Doubtful(List<List<RawCell>> rows, double scale)
    {
        if (_edges is null || rows.Count == 0) return [];
        int n = _chunks.Count, k = _columns.Count;
        var margins = new RawMargins(n, k, _states, _edges,
            (i, c, r) => (_fromChunk[i, c, r], _fromColumn[i, c, r], _fromResumed[i, c, r], _cellCost[i, c, r]),
            (c, r) => (r & ~1) != 0 ? double.PositiveInfinity : !IsResumed(r) ? EmptyBetween(c + 1, k) : 0);
        return margins.Doubtful(rows, _best, _chosen, scale);
    }

    /// <summary>The states reached at chunk j: few of the open-cell sets ever are.</summary>
    private List<(int Column, int State)> Live(int j)
    {
        var live = new List<(int, int)>();
        for (var c = 0; c < _columns.Count; c++)
            for (var r = 0; r < _states; r++)
                if (_best[j, c, r] < RawCellCost.Impossible) live.Add((c, r));
        return live;
    }

    /// <summary>Tries every way of reaching a cell of column <paramref name="c"/> over chunks [j, to).</summary>
    private void Relax(int j, int to, int c, double cellCost, List<(int Column, int State)> live)
    {
        var k = _columns.Count;
        var midLine = !_chunks[j].LineStart;
        var pageBreak = j > 0 && _chunks[j].Page != _chunks[j - 1].Page;
        var join = midLine ? RawCellCost.Cut(_chunks[j - 1].Text, _chunks[j].Text) : 0;
        var bit = 2 << c;
        // Read open: of the shape only what no continuation mends now, the whole cell's shape on resuming.
        var deferred = double.NaN;
        if (MayGoOn(j, to, c))
        {
            var (text, lines) = (TextOf(j, to), LinesOf(j, to));
            deferred = cellCost - RawCellCost.Shape(_kinds[c], text, lines) + RawCellCost.PrefixShape(_kinds[c], text, lines);
        }
        var mayOpen = !double.IsNaN(deferred);
        foreach (var (pc, ps) in live)
        {
            var before = _best[j, pc, ps];
            if (before >= RawCellCost.Impossible) continue;
            var atStart = j == 0;
            var resumed = IsResumed(ps);
            var opened = ps & ~1;
            // The same row goes on with a later column.
            if (c > pc && !atStart && !resumed && (pc >= _text || c <= _text))
            {
                Offer(to, c, opened, before + join + cellCost + EmptyBetween(pc + 1, c), j, pc, ps, cellCost);
                if (mayOpen) Offer(to, c, opened | bit, before + join + deferred + EmptyBetween(pc + 1, c), j, pc, ps, deferred);
            }
            // The rest of a cut row goes on with a later column's rest.
            if (c > pc && resumed)
            {
                var rest = ResumeFits(j, to, pc, ps, c);
                if (rest < RawCellCost.Impossible)
                    Offer(to, c, ps & ~bit, before + join + rest + cellCost, j, pc, ps, cellCost);
            }
            if (midLine) continue;
            // A new row: the old one's missing cells are empty; a row never lacks its work text.
            // A row whose open cells never went on was not cut by a break: those readings end here.
            if (c <= _text && (atStart || resumed || pc >= _text) && opened == 0)
            {
                var start = before + NewRowCost + (!resumed && !atStart ? EmptyBetween(pc + 1, k) : 0) + EmptyBetween(0, c);
                Offer(to, c, 0, start + cellCost, j, pc, ps, cellCost);
                if (mayOpen) Offer(to, c, bit, start + deferred, j, pc, ps, deferred);
            }
            // After a page break, the rest of the row cut by it.
            if (pageBreak && !atStart)
            {
                var resume = ResumeFits(j, to, pc, ps, c);
                if (resume < RawCellCost.Impossible)
                    Offer(to, c, (opened & ~bit) | 1, before + ResumeCost + resume + cellCost, j, pc, ps, cellCost);
            }
        }
    }

    private void Offer(int to, int c, int r, double cost, int j, int pc, int pr, double cellCost)
    {
        if (cost < RawCellCost.Impossible) _edges?.Add(new RawEdge(j, pc, pr, to, c, r, cost - _best[j, pc, pr], cellCost));
        if (cost >= _best[to, c, r]) return;
        _best[to, c, r] = cost;
        _fromChunk[to, c, r] = j;
        _fromColumn[to, c, r] = pc;
        _fromResumed[to, c, r] = pr;
        _cellCost[to, c, r] = cellCost;
    }

    private double EmptyBetween(int from, int to)
    {
        var cost = 0.0;
        for (var c = from; c < to; c++) cost += RawCellCost.Empty(_columns[c]);
        return cost;
    }

    /// <summary>
    /// How well chunks [j, to) go on with the cut row's cell of column <paramref name="c"/>: that
    /// cell's last line on the page before must have run to the column's edge, and the shape is
    /// judged on the cell joined again (its first part was charged as if whole, which it was not).
    /// A cell with nothing before the break may start after it (a short cell centred low in a tall row).
    /// </summary>
    private double ResumeFits(int j, int to, int pc, int pr, int c)
    {
        var cells = CurrentRow(j, pc, pr);
        var last = cells.LastOrDefault(x => x.Column == c);
        if (last is null) return cells.Count == 0 ? RawCellCost.Impossible : 2;
        // Only a cell read open goes on: its shape was left to be judged on the whole cell.
        if ((pr & (2 << c)) == 0) return RawCellCost.Impossible;
        var width = LastLineWidth(last.From, last.To);
        var wrapped = RawCellCost.Wrapped(width, _chunks[j].Text, _capacity[c]);
        if (wrapped >= RawCellCost.Impossible) return wrapped;
        string before = TextOf(last.From, last.To), after = TextOf(j, to);
        var kind = _kinds[c];
        // The part after the break was charged as a whole cell, the part before as a cell's beginning.
        var refund = RawCellCost.PrefixShape(kind, before, LinesOf(last.From, last.To)) + RawCellCost.Shape(kind, after, 2);
        var joined = RawCellCost.Shape(kind, CjkText.NormalizeSpacing(before + after), 2);
        if (kind == RawKind.Units) joined += RawCellCost.UnitBreak(_units, before, after);
        return wrapped + joined - refund;
    }

    private string TextOf(int from, int to)
    {
        var text = "";
        for (var x = from; x < to; x++)
            text += (x > from && _chunks[x].Line == _chunks[x - 1].Line ? " " : "") + _chunks[x].Text;
        return CjkText.NormalizeSpacing(text);
    }

    /// <summary>The cells of the row the state at chunk j is in, by walking back.</summary>
    private List<RawCell> CurrentRow(int i, int c, int r)
    {
        var cells = new List<RawCell>();
        while (i > 0)
        {
            int j = _fromChunk[i, c, r], pc = _fromColumn[i, c, r], pr = _fromResumed[i, c, r];
            cells.Add(new RawCell(c, j, i, IsResumed(r), _cellCost[i, c, r]));
            var newRow = !IsResumed(r) && (IsResumed(pr) || pc >= c || j == 0);
            if (newRow) break;
            (i, c, r) = (j, pc, pr);
        }
        cells.Reverse();
        return cells;
    }

    /// <summary>
    /// Whether cell [from, to) of column c may go on after a page break: its last line ends within
    /// one character of the column's edge (any cell may when the width is not known yet).
    /// </summary>
    private bool MayGoOn(int from, int to, int c) =>
        _capacity[c] is not { } capacity || LastLineWidth(from, to) + 1 > capacity - 0.9;

    private int LinesOf(int from, int to)
    {
        var lines = 1;
        for (var x = from + 1; x < to; x++)
            if (_chunks[x].Line != _chunks[x - 1].Line) lines++;
        return lines;
    }

    private double LastLineWidth(int from, int to)
    {
        var line = _chunks[to - 1].Line;
        var width = 0.0;
        for (var x = to - 1; x >= from && _chunks[x].Line == line; x--) width += _chunks[x].Width;
        return width;
    }

    private List<List<RawCell>> Trace(int i, int c, int r)
    {
        var cells = new List<RawCell>();
        while (i > 0)
        {
            int j = _fromChunk[i, c, r], pc = _fromColumn[i, c, r], pr = _fromResumed[i, c, r];
            cells.Add(new RawCell(c, j, i, IsResumed(r), _cellCost[i, c, r]));
            (i, c, r) = (j, pc, pr);
        }
        cells.Reverse();
        var rows = new List<List<RawCell>>();
        RawCell? previous = null;
        foreach (var cell in cells)
        {
            var newRow = previous is null || (!cell.Resumed && (previous.Resumed || cell.Column <= previous.Column));
            if (newRow) rows.Add([]);
            rows[^1].Add(cell);
            previous = cell;
        }
        return rows;
    }

    /// <summary>Every cell of column c that may start at chunk j: its end and its cost.</summary>
    private IEnumerable<(int To, double Cost)> Cells(int j, int c)
    {
        var kind = _kinds[c];
        var capacity = _capacity[c];
        var cost = 0.0;
        var text = "";
        var lines = 1;
        var lineWidth = 0.0;
        // The column is at least as wide as the cell's widest line: a wrapped line must reach that far too.
        var widest = 0.0;
        var shortestReach = double.PositiveInfinity;
        for (var i = j; i < _chunks.Count && i < j + MaxChunks; i++)
        {
            var chunk = _chunks[i];
            // A cell goes on over a page break only as the rest of its row (Relax), which pays for the
            // break and checks the line before it ran to the edge.
            if (i > j && chunk.Page != _chunks[i - 1].Page) yield break;
            if (i > j)
            {
                var previous = _chunks[i - 1];
                if (chunk.Line == previous.Line)
                {
                    cost += RawCellCost.Glue(previous.Text, chunk.Text);
                    text += " ";
                }
                else
                {
                    cost += RawCellCost.Wrapped(lineWidth, chunk.Text, capacity);
                    shortestReach = Math.Min(shortestReach, lineWidth + RawCellCost.FirstUnitWidth(chunk.Text));
                    if (cost >= RawCellCost.Impossible) yield break;
                    if (kind == RawKind.Units) cost += RawCellCost.UnitBreak(_units, CjkText.NormalizeSpacing(text), chunk.Text);
                    lines++;
                    lineWidth = 0;
                }
            }
            lineWidth += chunk.Width;
            widest = Math.Max(widest, lineWidth);
            var self = RawCellCost.Reaches(shortestReach, widest);
            if (self >= RawCellCost.Impossible) yield break;
            text += chunk.Text;
            var lineEnds = chunk.LineEnd || i + 1 == _chunks.Count;
            // The cell's line ends here if the cell does: a line of another cell may follow on the same printed line.
            var wide = RawCellCost.TooWide(chunk.Text, lineWidth, capacity);
            if (lineEnds) cost += wide;
            // A number in a narrow 序号 column wraps too (1 / 0).
            if (kind == RawKind.Sequence && (text.Length > 3 || !text.All(char.IsAsciiDigit))) yield break;
            var shape = RawCellCost.Shape(kind, CjkText.NormalizeSpacing(text), lines);
            // A cell may end only where its printed line ends or where the next cell begins on the same line.
            var total = cost + shape + self + (lineEnds ? 0 : wide);
            if (total < RawCellCost.Impossible) yield return (i + 1, total);
            if (text.Length > MaxLength(kind) || (kind == RawKind.Units && text.Contains('。'))) yield break;
        }
    }

    /// <summary>Cells longer than this are not of their kind whatever their shape (a deadline of 40 characters is prose).</summary>
    private static int MaxLength(RawKind kind) => kind switch
    {
        RawKind.Text => 400,
        RawKind.Units => 160,
        RawKind.Deadline => 40,
        _ => 60,
    };

    /// <summary>The printed lines of each column's cells (non-final lines of a cell apart), for learning column widths.</summary>
    public static List<double?> LearnCapacities(IReadOnlyList<RawChunk> chunks, int columns, IEnumerable<List<RawCell>> rows)
    {
        var wrapped = Enumerable.Range(0, columns).Select(_ => new List<double>()).ToList();
        var all = Enumerable.Range(0, columns).Select(_ => new List<double>()).ToList();
        foreach (var cell in rows.SelectMany(r => r))
        {
            var widths = new List<double>();
            for (var x = cell.From; x < cell.To; x++)
            {
                if (x == cell.From || chunks[x].Line != chunks[x - 1].Line) widths.Add(0);
                widths[^1] += chunks[x].Width;
            }
            all[cell.Column].AddRange(widths);
            wrapped[cell.Column].AddRange(widths.SkipLast(1));
        }
        return Enumerable.Range(0, columns).Select(c =>
        {
            // Wrapped lines mostly fill the column exactly: the most frequent width is the column's,
            // whatever a few lines read into the wrong column say.
            if (wrapped[c].Count >= 3)
                return (double?)wrapped[c].GroupBy(w => w).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
            return all[c].Count > 0 ? all[c].Max() : (double?)null;
        }).ToList();
    }
}
