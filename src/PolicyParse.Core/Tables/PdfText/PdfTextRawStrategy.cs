using PolicyParse.Lexicon;
using PolicyParse.Normalization;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Tables as `pdftotext -raw` prints them: cells in the order they were drawn (row by row, left to
/// right), each wrapped over lines of its column's width, no blank lines; cells that share a
/// baseline come out on one line with a space between; the header repeats on each page and a row
/// cut by a page break goes on, column by column, right after it. Cells are cut where a line
/// stops short of its column's width and told apart by shape (prose, unit names, deadlines).
/// </summary>
internal sealed class PdfTextRawStrategy : ITableStrategy
{
    public string Name => "pdftotext-raw";

    public TableCandidate? TryReconstruct(TableContext context)
    {
        var lines = context.Lines;
        if (!lines.Any(l => l.Raw.Contains('\f'))) return null; // pdftotext starts every page with a form feed
        var header = PlainHeader.FindFirst(lines, Math.Max(context.BodyEnd, 0));
        if (header is null) return null;

        var pieces = PlainHeader.ReadPieces(lines, header, splitSameLine: true, out var blankLines);
        // Raw output wraps every cell to its column: lines are narrow and no blank lines part them.
        if (pieces.Count == 0 || Median(pieces.Select(p => PrintedWidth.Of(p.Text))) > 16 || blankLines > pieces.Count / 10) return null;

        var labels = new KeyTaskLabels(context.Body);
        var level = context.Body.KeyTaskLevel;
        var first = new RawRowBuilder(header.Columns, pieces, labels, level, null).Build();
        var rows = new RawRowBuilder(header.Columns, pieces, labels, level, first.Capacities).Build().Rows;
        return PdfRows.ToCandidate(Name, header.Columns, rows, context, lines[header.FirstLine].Origin);
    }

    internal static double Median(IEnumerable<double> values)
    {
        var list = values.OrderBy(v => v).ToList();
        return list.Count == 0 ? 0 : list[list.Count / 2];
    }
}

/// <summary>
/// Walks raw pieces in order and decides, piece by piece, which column of which row each belongs
/// to. Runs twice: the first pass learns each column's line width, the second uses it.
/// </summary>
internal sealed class RawRowBuilder
{
    private readonly List<TaskColumn> _order;
    private readonly IReadOnlyList<Piece> _pieces;
    private readonly KeyTaskLabels _labels;
    private readonly Dictionary<TaskColumn, double> _capacity;
    private readonly double _textCapacity;
    private readonly double _proseWidth;
    private readonly UnitCells _units;
    private readonly int _keyTaskLevel;

    // Widths are trusted for choosing columns only once learnt from a first pass.
    private readonly bool _learned;

    public RawRowBuilder(IReadOnlyList<TaskColumn> columns, IReadOnlyList<Piece> pieces, KeyTaskLabels labels, int keyTaskLevel, IReadOnlyDictionary<TaskColumn, double>? capacities)
    {
        _units = UnitCells.Learn(pieces.Select(p => p.Text));
        _learned = capacities is not null;
        _label = new LabelReader(labels, keyTaskLevel);
        _keyTaskLevel = keyTaskLevel;
        _order = columns.Where(c => c is not (TaskColumn.KeyTask or TaskColumn.Unknown)).ToList();
        _pieces = pieces;
        _labels = labels;
        var widths = pieces.Select(p => PrintedWidth.Of(p.Text)).ToList();
        _textCapacity = capacities?.GetValueOrDefault(TaskColumn.Text) is > 0 and var t ? t : PrintedWidth.Capacity(pieces.Where(p => PrintedWidth.Of(p.Text) >= 8).Select(p => p.Text));
        // First pass: unit columns from unit-like lines, the deadline column from lines that start a deadline.
        var unit = PrintedWidth.Capacity(pieces.Where(p => PrintedWidth.Of(p.Text) is >= 3 and < 8 && !DeadlineWords.StartsDeadline(p.Text) && !p.Text.Any(char.IsAsciiDigit)).Select(p => p.Text));
        var deadline = PrintedWidth.Capacity(pieces.Where(p => PrintedWidth.Of(p.Text) < 8 && DeadlineWords.StartsDeadline(p.Text)).Select(p => p.Text));
        _capacity = _order.ToDictionary(c => c, c => capacities?.GetValueOrDefault(c) is > 0 and var v ? v
            : c == TaskColumn.Text ? _textCapacity : c == TaskColumn.Deadline ? deadline : unit);
        var widestShort = _order.Where(c => c != TaskColumn.Text).Select(c => _capacity[c]).DefaultIfEmpty(unit).Max();
        // Prose: clearly wider than any short column's line.
        _proseWidth = Math.Max(widestShort + 2, Math.Min(8, _textCapacity - 2));
    }

    public sealed record Result(List<PdfRow> Rows, Dictionary<TaskColumn, double> Capacities);

    private PdfRow? _row;
    private TaskColumn _column;
    private readonly List<PdfRow> _rows = [];

    // The key-task label being read (its lines come before its first row's text).
    private readonly LabelReader _label;

    // After a page break, the cut row's cells go on in column order.
    private List<TaskColumn>? _resume;

    // The piece being placed stands on the same printed line as the last piece placed in a cell.
    private bool _sameLine;
    private Piece? _lastPlaced;

    public Result Build()
    {
        for (var i = 0; i < _pieces.Count; i++)
        {
            var piece = _pieces[i];
            if (i > 0 && _pieces[i - 1].Page != piece.Page) _resume = _row is null ? null : OpenColumns(_row);
            _sameLine = _lastPlaced is { } last && last.Line == piece.Line;
            if (_label.Read(piece.Text, IsProse(piece), _sameLine)) continue;
            Place(piece);
            _lastPlaced = piece;
        }
        foreach (var row in _rows) Check(row);
        // A line that wrapped was (nearly) full: the widths of a column's non-final lines give its width.
        var capacities = _order.ToDictionary(c => c, c =>
        {
            var wrapped = _rows.SelectMany(r => Cells(r, c)).SelectMany(cell => cell.SkipLast(1)).ToList();
            return PrintedWidth.Capacity(wrapped.Count > 0 ? wrapped : _rows.SelectMany(r => Cells(r, c)).SelectMany(x => x));
        });
        return new Result(_rows, capacities);
    }

    /// <summary>The printed lines of each cell of a column in a row (a cell cut by a page break counts as two).</summary>
    private static IEnumerable<List<string>> Cells(PdfRow row, TaskColumn column) =>
        column == TaskColumn.Text
            ? row.Text.GroupBy(p => p.Page).Select(g => g.Select(p => p.Text).ToList())
            : row.Groups(column).SelectMany(g => g.Pieces.GroupBy(p => p.Page)).Select(g => g.Select(p => p.Text).ToList());

    private void Place(Piece piece)
    {
        if (_resume is { Count: > 0 } resume)
        {
            // The open cell the line fits best: one it makes whole again, else the first it fits.
            var target = resume
                .Where(c => !_sameLine || Index(c) > Index(_column))
                .Select(c => (Column: c, Fit: Fit(c, piece)))
                .Where(x => x.Fit > 0)
                .OrderByDescending(x => x.Fit)
                .ThenBy(x => Index(x.Column))
                .FirstOrDefault().Column;
            if (target != TaskColumn.Unknown)
            {
                resume.RemoveAll(c => Index(c) < Index(target));
                Append(target, piece);
                if (!IsOpen(_row!, target)) resume.Remove(target);
                return;
            }
            _resume = null;
        }

        if (_row is null) { NewRow(piece); return; }

        if (_sameLine)
        {
            // Cells side by side on one line are in column order.
            Append(NextColumn(piece, Index(_column) + 1), piece);
            return;
        }

        if (_column == TaskColumn.Text)
        {
            switch (LineEnd.OfProse(_row.Text[^1].Text, _textCapacity))
            {
                case LineEndKind.Continues when IsProse(piece) || LineEnd.EndsSentence(piece.Text) || !(IsDeadlineStart(piece) || IsUnitLike(piece)):
                    Append(TaskColumn.Text, piece);
                    return;
                case LineEndKind.Unsure when IsProse(piece):
                    Append(TaskColumn.Text, piece);
                    _row.Warn("text", "text.unsureEnd", "a line of this cell ends a sentence at the column's edge and prose follows; both were kept in one cell");
                    return;
                default:
                    if (IsProse(piece)) NewRow(piece);
                    else Append(NextColumn(piece, Index(TaskColumn.Text) + 1), piece);
                    return;
            }
        }

        if (IsProse(piece)) { NewRow(piece); return; }

        var cell = _row.Cell(_column);
        var last = LastLine(_row, _column);
        var open = last is not null && !LineEnd.EndsShortCell(last, _capacity[_column]);
        if (IsUnitColumn(_column))
        {
            if (open && FitsUnitColumn(_column, piece) && _units.Continues(cell, piece.Text) && !IsDeadlineStart(piece)) { Append(_column, piece); return; }
            var next = NextColumn(piece, Index(_column) + 1);
            if (!IsUnitColumn(next) && !IsDeadlineStart(piece))
            {
                // No unit column is left and the line is no deadline: the names go on.
                if (!open) _row.Warn(Field(_column), $"{Field(_column)}.joined", $"the line '{piece.Text}' was joined to this cell though the line before it ended short");
                Append(_column, piece);
                return;
            }
            Append(next, piece);
            return;
        }
        if (_column == TaskColumn.Deadline && open && !IsUnitStart(piece)) { Append(_column, piece); return; }
        NewRow(piece);
    }

    private void NewRow(Piece piece)
    {
        _row = new PdfRow(piece);
        _rows.Add(_row);
        _column = TaskColumn.Text;
        _resume = null;
    }

    private void Append(TaskColumn column, Piece piece)
    {
        if (_row is null) { NewRow(piece); return; }
        if (column == TaskColumn.Unknown)
        {
            // Nothing is left to the right: the piece has no column of this row.
            _row.Warn("row", "row.extraCell", $"the line '{piece.Text}' fits no column of this row");
            return;
        }
        if (column == TaskColumn.Text) _row.Text.Add(piece);
        else
        {
            var groups = _row.Groups(column);
            if (groups.Count > 0) groups[^1].Pieces.Add(piece);
            else _row.Add(new PieceGroup(column, piece));
        }
        _column = column;
    }

    /// <summary>The column a piece that starts a new cell goes to, from the given column rightwards, by its shape.</summary>
    private TaskColumn NextColumn(Piece piece, int from)
    {
        var rest = _order.Skip(from).ToList();
        if (rest.Count == 0) return TaskColumn.Unknown;
        if (IsDeadlineStart(piece) && rest.Contains(TaskColumn.Deadline)) return TaskColumn.Deadline;
        var units = rest.Where(IsUnitColumn).ToList();
        if (units.Count > 0)
        {
            // A line wider than the first unit column's lines belongs to a later one (牵头单位 empty).
            var width = PrintedWidth.Of(piece.Text);
            var fit = _learned ? units.FirstOrDefault(c => width <= _capacity[c] + 0.5) : units[0];
            return fit != TaskColumn.Unknown ? fit : units[^1];
        }
        return rest[0];
    }

    /// <summary>Cells of the row cut by a page break that may go on at the top of the next page.</summary>
    private List<TaskColumn> OpenColumns(PdfRow row) => _order.Where(c => IsOpen(row, c)).ToList();

    /// <summary>A cell whose last line ran to its column's edge may go on.</summary>
    private bool IsOpen(PdfRow row, TaskColumn column)
    {
        if (column == TaskColumn.Text) return LineEnd.OfProse(row.Text[^1].Text, _textCapacity) == LineEndKind.Continues;
        var last = LastLine(row, column);
        return last is not null && !LineEnd.EndsShortCell(last, _capacity[column]);
    }

    /// <summary>How well a line fits an open cell: 2 when it makes the cell read whole, 1 when it may go on it, 0 not at all.</summary>
    private int Fit(TaskColumn column, Piece piece)
    {
        if (_row is null) return 0;
        if (column == TaskColumn.Text) return IsProse(piece) || LineEnd.EndsSentence(piece.Text) ? 1 : 0;
        if (IsProse(piece) || piece.Text.Contains('。')) return 0;
        var cell = _row.Cell(column);
        if (IsUnitColumn(column))
        {
            if (!FitsUnitColumn(column, piece) || !_units.Continues(cell, piece.Text) || IsDeadlineStart(piece)) return 0;
            return PdfRows.JoinCompletes(column, cell, piece.Text) ? 2 : 1;
        }
        if (column == TaskColumn.Deadline)
        {
            if (IsUnitStart(piece)) return 0;
            var before = DeadlineWords.LooksLikeDeadline(cell);
            var after = DeadlineWords.LooksLikeDeadline(cell + piece.Text);
            if (!before && after) return 2;
            return after || PrintedWidth.Of(piece.Text) <= _capacity[column] + 0.5 ? 1 : 0;
        }
        return 0;
    }

    /// <summary>Unit names hold no digits, and a line wider than the column's lines is not one of them.</summary>
    private bool FitsUnitColumn(TaskColumn column, Piece piece) =>
        !piece.Text.Any(char.IsAsciiDigit) && (!_learned || PrintedWidth.Of(piece.Text) <= _capacity[column] + 0.5);

    private bool IsProse(Piece piece) => PrintedWidth.Of(piece.Text) >= _proseWidth || piece.Text.Contains('。');

    private static bool IsDeadlineStart(Piece piece) => DeadlineWords.StartsDeadline(piece.Text);

    private bool IsUnitStart(Piece piece)
    {
        var first = BracketAwareSplitter.Split(CjkText.NormalizeSpacing(piece.Text), "、，,；;").FirstOrDefault() ?? "";
        return _units.BeginsName(first) && !piece.Text.Any(char.IsAsciiDigit) && !DeadlineWords.StartsDeadline(piece.Text);
    }

    /// <summary>A line that may belong to a unit cell: no sentence end, no deadline, and either a name or part of one.</summary>
    private bool IsUnitLike(Piece piece) =>
        !piece.Text.Contains('。') && !IsDeadlineStart(piece) && PrintedWidth.Of(piece.Text) < _proseWidth;

    private static string Field(TaskColumn column) => column.FieldName();

    private static bool IsUnitColumn(TaskColumn column) => column is TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible;

    private int Index(TaskColumn column) => _order.IndexOf(column);

    private static string? LastLine(PdfRow row, TaskColumn column) =>
        column == TaskColumn.Text ? row.Text[^1].Text : row.Groups(column).LastOrDefault()?.Pieces[^1].Text;

    /// <summary>Doubts that only show once the row is complete.</summary>
    private static void Check(PdfRow row)
    {
        var lead = row.Cell(TaskColumn.Lead);
        var support = row.Cell(TaskColumn.Support);
        if (row.Groups(TaskColumn.Lead).Count == 0 && support.Length > 0)
            row.Warn("lead", "lead.missing", "no 牵头单位 cell was found; the units read were taken as 配合单位");
        if (lead.Length > 0 && !PdfRows.IsCompleteUnitList(lead))
            row.Warn("lead", "lead.shape", $"'{lead}' does not read as complete unit names");
        if (support.Length > 0 && !PdfRows.IsCompleteUnitList(support) && !CjkText.IsEmptyMarker(support))
            row.Warn("support", "support.shape", $"'{support}' does not read as complete unit names");
        var deadline = row.Cell(TaskColumn.Deadline);
        if (deadline.Length > 0 && !DeadlineWords.LooksLikeDeadline(deadline) && !DeadlineWords.StartsDeadline(deadline))
            row.Warn("deadline", "deadline.shape", $"'{deadline}' does not read as a deadline");
    }
}
