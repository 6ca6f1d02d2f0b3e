using PolicyParse.Lexicon;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// The printed lines of one unit or deadline column and what their text says about where its cells
/// end: a line that stops short of the column's width ended its cell unless it stops in the middle
/// of a name or a list; a cell reads whole (unit names, a deadline) or not; an empty mark (——) is
/// a cell of its own. These are the costs <see cref="LayoutColumnFit"/> weighs against position.
/// </summary>
internal sealed class LayoutColumnCells
{
    /// <summary>A line stopping short inside a cell: the cell should have ended there.</summary>
    private const double ShortInside = 3;

    /// <summary>A cell whose text does not read whole (a name cut, a deadline without a date).</summary>
    private const double Unfinished = 2;

    private readonly int[] _ys;
    private readonly double _capacity;
    private readonly UnitCells _units;
    private readonly int _maxGap;
    private readonly Dictionary<(int, int), double> _costs = [];

    public LayoutColumnCells(TaskColumn column, List<Piece> pieces, IReadOnlyDictionary<int, int> y, UnitCells units, int columnCount)
    {
        Column = column;
        Pieces = pieces;
        _ys = pieces.Select(p => y[p.Line]).ToArray();
        _capacity = Capacity(pieces);
        _units = units;
        // Lines of one cell are printed one below the other, with at most a line of each other
        // column between them (cells centred half a line apart interleave).
        _maxGap = columnCount + 1;
    }

    public TaskColumn Column { get; }

    public List<Piece> Pieces { get; }

    public LayoutFit Fit(LayoutColumnFit fitter, bool full = true) => fitter.Fit(_ys, GroupCost, full);

    /// <summary>
    /// The width of a full line: the widest lines of the column, ignoring the widest twentieth
    /// (a closing mark may hang past the edge).
    /// </summary>
    private static double Capacity(List<Piece> pieces)
    {
        var widths = pieces.Select(p => PrintedWidth.Of(p.Text)).OrderByDescending(w => w).ToList();
        return widths.Count == 0 ? 0 : widths[widths.Count / 20];
    }

    private bool IsShort(string line) => PrintedWidth.Of(line) < _capacity - 1.5;

    private double GroupCost(int a, int b)
    {
        if (_costs.TryGetValue((a, b), out var known)) return known;
        var cost = Compute(a, b);
        _costs[(a, b)] = cost;
        return cost;
    }

    private double Compute(int a, int b)
    {
        // A 序号 cell is one number on one line.
        if (Column == TaskColumn.Sequence) return b - a > 1 ? double.PositiveInfinity : Pieces[a].Text.Trim().All(char.IsAsciiDigit) ? 0 : Unfinished;
        if (b - a > 1)
        {
            for (var k = a; k < b - 1; k++)
                if (_ys[k + 1] - _ys[k] > _maxGap && Pieces[k].Page == Pieces[k + 1].Page) return double.PositiveInfinity;
            if (Pieces.Skip(a).Take(b - a).Any(p => CjkText.IsEmptyMarker(p.Text))) return double.PositiveInfinity;
        }
        var cost = 0.0;
        var sofar = Pieces[a].Text;
        for (var k = a; k < b - 1; k++)
        {
            var next = Pieces[k + 1].Text;
            // A unit cell never puts two names together without 、 or ， (and line breaking keeps
            // the mark on the upper line): a full line ending a name above one starting a name ends
            // its cell as surely as a short line does.
            if ((Column != TaskColumn.Deadline || IsShort(Pieces[k].Text)) && !GoesOn(sofar, next)) cost += ShortInside;
            sofar += next;
        }
        if (!ReadsWhole(sofar)) cost += Unfinished;
        return cost;
    }

    /// <summary>True when the text so far cannot end a cell: a list or a name or a deadline clause is cut.</summary>
    private bool GoesOn(string sofar, string next)
    {
        var t = CjkText.NormalizeSpacing(sofar);
        if (t.Length == 0) return false;
        if ("、，,；;（(“".Contains(t[^1])) return true;
        return Column == TaskColumn.Deadline
            ? !DeadlineWords.LooksLikeDeadline(t) || LineEnd.EndsMidClause(t)
            : _units.Continues(t, next);
    }

    private bool ReadsWhole(string text)
    {
        var t = CjkText.NormalizeSpacing(text);
        if (CjkText.IsEmptyMarker(t)) return true;
        if (t.Length > 0 && "、，,；;（(“".Contains(t[^1])) return false;
        return Column == TaskColumn.Deadline ? DeadlineWords.LooksLikeDeadline(t) && !LineEnd.EndsMidClause(t) : PdfRows.IsCompleteUnitList(t);
    }
}
