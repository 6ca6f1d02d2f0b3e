using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Tables as `pdftotext -layout` prints them: columns aligned with spaces, each cell wrapped over
/// several lines, cells of one row vertically centred (or set at the top) so that their lines
/// interleave, the merged 重点任务 label printed once, and the header repeated on each page.
/// Columns come from the header and the cells' own left edges (<see cref="LayoutGrid"/>); rows from
/// the 具体工作 column, whose cells end where a line stops short; the other columns' lines are cut
/// into cells and laid onto those rows by where they sit (<see cref="LayoutColumnFit"/>). A full
/// line ending a sentence may or may not end its row: the reading in which the other columns sit
/// better decides, and a warning says when neither does.
/// </summary>
internal sealed class PdfTextLayoutStrategy : ITableStrategy
{
    public string Name => "pdftotext-layout";

    public TableCandidate? TryReconstruct(TableContext context)
    {
        var lines = context.Lines;
        var grid = LayoutGrid.Read(lines, Math.Max(context.BodyEnd, 0));
        if (grid is null || !grid.Pieces.Any(p => p.Column == TaskColumn.Text)) return null;

        var rows = new LayoutRowBuilder(grid, lines).Build();
        return PdfRows.ToCandidate(Name, grid.Columns, rows, context, lines[grid.Header.FirstLine].Origin);
    }

    /// <summary>Cuts the 具体工作 lines into rows and lays the other columns' lines onto them.</summary>
    private sealed class LayoutRowBuilder
    {
        private readonly LayoutGrid _grid;
        private readonly IReadOnlyList<TextLine> _lines;
        private readonly List<Piece> _text;
        private readonly double _textCapacity;
        private readonly List<LayoutColumnCells> _columns;
        private readonly double _skip, _merge;
        private bool _top;

        public LayoutRowBuilder(LayoutGrid grid, IReadOnlyList<TextLine> lines)
        {
            _grid = grid;
            _lines = lines;
            _text = grid.Pieces.Where(p => p.Column == TaskColumn.Text).ToList();
            _textCapacity = PrintedWidth.Capacity(_text.Select(p => p.Text));
            var units = UnitCells.Learn(grid.Pieces.Where(p => p.Column is TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible).Select(p => p.Text));
            _columns = grid.Columns.Distinct()
                .Where(c => c is TaskColumn.Sequence or TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible or TaskColumn.Deadline)
                .Select(c => new LayoutColumnCells(c, grid.Pieces.Where(p => p.Column == c).ToList(), grid.Y, units, grid.Columns.Count))
                .ToList();
            // Where every empty cell prints a mark, a row with nothing in a column lies under a
            // merged cell. Otherwise a merged cell may read about as well as a cell with blank ones
            // beside it: the merge costs a little more than the blanks, and a near tie is warned.
            (_skip, _merge) = grid.MarkedEmpties ? (6.0, 0.5) : (2.0, 2.0 + LayoutColumnFit.Tolerance / 2);
        }

        public List<PdfRow> Build()
        {
            if (_text.Count == 0) return [];
            var cuts = new CutKind[_text.Count - 1];
            for (var k = 0; k + 1 < _text.Count; k++)
                cuts[k] = LineEnd.OfProse(_text[k].Text, _textCapacity) switch
                {
                    LineEndKind.Ends => CutKind.Cut,
                    // A sentence ending a character short of the edge, and a next line starting with
                    // an ideograph that would have fitted there: the paragraph ended.
                    LineEndKind.Unsure when PrintedWidth.Of(_text[k].Text) <= _textCapacity - 1
                        && _text[k + 1].Text.TrimStart() is { Length: > 0 } next && next[0] is >= '\u4E00' and <= '\u9FFF' => CutKind.Cut,
                    LineEndKind.Unsure => CutKind.Unsure,
                    _ => CutKind.Join,
                };
            DoubtJoinsAcrossGaps(cuts);
            CutAtSpansWithoutText(cuts);
            var chosen = cuts.Select(c => c == CutKind.Cut).ToArray();

            // Cells set at the top or centred: the reading the other columns fit better.
            _top = false;
            var centred = Cost(chosen);
            _top = true;
            var atTop = Cost(chosen);
            // Centred unless the tops explain the page clearly better (a line per column or more).
            _top = atTop + LayoutColumnFit.Tolerance * _columns.Count <= centred;

            var unsure = new HashSet<int>();
            for (var k = 0; k < cuts.Length; k++)
            {
                if (cuts[k] != CutKind.Unsure) continue;
                chosen[k] = false;
                var joined = Cost(chosen);
                chosen[k] = true;
                var cut = Cost(chosen);
                // Most tasks are one sentence: a tie keeps the cut, with a warning.
                chosen[k] = cut <= joined + 1e-9;
                if (Math.Abs(cut - joined) < LayoutColumnFit.Tolerance - 1e-9) unsure.Add(k);
            }
            // A sentence ending at the edge inside a row: the reading joined it, the lines after it
            // may still start a row of their own (two tasks read as one).
            var joinedAtEnds = Enumerable.Range(0, cuts.Length).Where(k => cuts[k] == CutKind.Unsure && !chosen[k]).ToHashSet();
            return Assemble(chosen, unsure, joinedAtEnds);
        }

        /// <summary>
        /// A blank printed line is a vertical gap wider than the line spacing. Where the document's
        /// rows end at such gaps and its wrapped cells rarely have them, a full line ending on a
        /// closing quote that seems to go on across a gap may as well end its row (a task that ends
        /// exactly at the column's edge without a full stop): the reading the other columns fit
        /// better decides. Where continuations almost never cross a gap, a full line ending its
        /// sentence before one ends its row outright: the other columns cannot outvote the border
        /// (a row with an empty column or a merged cell reads about as well joined to the one above).
        /// </summary>
        private void DoubtJoinsAcrossGaps(CutKind[] cuts)
        {
            int cutGaps = 0, cutsOnPage = 0, joinGaps = 0, joinsOnPage = 0;
            var gap = new bool[cuts.Length];
            for (var k = 0; k < cuts.Length; k++)
            {
                if (_text[k].Page != _text[k + 1].Page) continue;
                gap[k] = BlankBetween(_text[k].Line, _text[k + 1].Line);
                if (cuts[k] == CutKind.Unsure) continue;
                if (cuts[k] == CutKind.Cut) { cutsOnPage++; if (gap[k]) cutGaps++; }
                else { joinsOnPage++; if (gap[k]) joinGaps++; }
            }
            // Gaps tell rows apart when most row ends have one and few continuations do.
            if (2 * cutGaps <= cutsOnPage || joinGaps * 2 * cutsOnPage >= cutGaps * Math.Max(joinsOnPage, 1)) return;
            for (var k = 0; k < cuts.Length; k++)
                if (gap[k] && cuts[k] == CutKind.Join && EndsClosed(_text[k].Text)) cuts[k] = CutKind.Unsure;
            // Where continuations almost never cross a gap (a tenth as often as row ends or less), a
            // full line ending its sentence before one ends its row: the gap is the cell's border.
            if (joinGaps * 10 * cutsOnPage > cutGaps * Math.Max(joinsOnPage, 1)) return;
            for (var k = 0; k < cuts.Length; k++)
                if (gap[k] && cuts[k] == CutKind.Unsure && LineEnd.EndsSentence(_text[k].Text)) cuts[k] = CutKind.Cut;
        }

        /// <summary>
        /// A wrapped cell's lines follow one another at the line pitch. Where two or more lines of
        /// one other column print between two 具体工作 lines of a page, the work column stood empty
        /// for them: its cell ended there (a short task ending without a full stop, 事项“跨省通办”).
        /// A column set half a line off (centred cells) puts at most one of its lines between.
        /// </summary>
        private void CutAtSpansWithoutText(CutKind[] cuts)
        {
            var others = _grid.Pieces.Where(p => p.Column is not (TaskColumn.Text or TaskColumn.KeyTask))
                .GroupBy(p => p.Column).Select(g => g.Select(p => p.Line).ToHashSet()).ToList();
            for (var k = 0; k < cuts.Length; k++)
            {
                if (cuts[k] == CutKind.Cut || _text[k].Page != _text[k + 1].Page) continue;
                var (from, to) = (_text[k].Line, _text[k + 1].Line);
                if (others.Any(column => column.Count(line => line > from && line < to) >= 2)) cuts[k] = CutKind.Cut;
            }
        }

        /// <summary>A line ending on a closing quote or bracket may end its cell (a task naming a reform in quotes); one ending mid-word or on a comma goes on.</summary>
        private static bool EndsClosed(string line) => line.TrimEnd() is { Length: > 0 } t && t[^1] is '”' or '’' or '）' or ')' or '》' or '」' or '』' or '"';

        private bool BlankBetween(int from, int to)
        {
            for (var i = from + 1; i < to; i++)
                if (_lines[i].IsBlank) return true;
            return false;
        }

        private List<(int First, int Last)> RowRanges(bool[] chosen)
        {
            var ranges = new List<(int, int)>();
            var start = 0;
            for (var k = 0; k < chosen.Length; k++)
                if (chosen[k]) { ranges.Add((start, k)); start = k + 1; }
            ranges.Add((start, _text.Count - 1));
            return ranges;
        }

        private List<LayoutRowSpan> Spans(bool[] chosen) =>
            RowRanges(chosen).Select(r => new LayoutRowSpan(_grid.Y[_text[r.First].Line], _grid.Y[_text[r.Last].Line], _text[r.First].Page != _text[r.Last].Page)).ToList();

        private double Cost(bool[] chosen)
        {
            var spans = Spans(chosen);
            return _columns.Sum(c => c.Fit(Fitter(spans, c.Column), full: false).Cost);
        }

        /// <summary>Every row has its own number: a 序号 column is never empty nor merged.</summary>
        private LayoutColumnFit Fitter(List<LayoutRowSpan> spans, TaskColumn column) => column == TaskColumn.Sequence
            ? new LayoutColumnFit(spans, _top, 8, 100)
            : new LayoutColumnFit(spans, _top, _skip, _merge);

        private List<PdfRow> Assemble(bool[] chosen, HashSet<int> unsure, HashSet<int> joinedAtEnds)
        {
            var ranges = RowRanges(chosen);
            var rows = ranges.Select(r =>
            {
                var row = new PdfRow(_text[r.First]);
                row.Text.AddRange(_text.Skip(r.First + 1).Take(r.Last - r.First));
                return row;
            }).ToList();
            for (var i = 0; i < ranges.Count; i++)
            {
                // A row whose last line, or the line before its first, could as well not have ended the cell.
                if (unsure.Contains(ranges[i].Last) || unsure.Contains(ranges[i].First - 1))
                    rows[i].Warn("text", "text.unsureEnd", "a line of this cell ends a sentence at the column's edge; the cell may end there or go on");
                if (joinedAtEnds.Any(k => k >= ranges[i].First && k < ranges[i].Last))
                    rows[i].Warn("text", "text.mayJoinRows", "a line inside this 具体工作 cell ends a sentence at the column's edge: the lines after it may belong to another row");
            }

            var spans = Spans(chosen);
            foreach (var column in _columns.Where(c => c.Column != TaskColumn.Sequence))
            {
                var fit = column.Fit(Fitter(spans, column.Column));
                var field = column.Column.FieldName();
                var pieces = column.Pieces;
                for (var k = 0; k < pieces.Count;)
                {
                    var (first, last) = (fit.FirstRow[k], fit.LastRow[k]);
                    var end = k + 1;
                    while (end < pieces.Count && fit.FirstRow[end] == first && fit.LastRow[end] == last && first >= 0) end++;
                    if (first < 0)
                    {
                        var near = NearestRow(ranges, pieces[k]);
                        rows[near].Warn(field, $"{field}.dropped", $"the line '{pieces[k].Text}' fits no row of this column and was left out");
                        k = end;
                        continue;
                    }
                    var group = new PieceGroup(column.Column, pieces[k]);
                    group.Pieces.AddRange(pieces.Skip(k + 1).Take(end - k - 1));
                    for (var r = first; r <= last; r++) rows[r].Add(group);
                    k = end;
                }
                for (var k = 0; k < pieces.Count; k++)
                {
                    if (fit.Options[k].Count <= 1) continue;
                    foreach (var (a, b) in fit.Options[k].Append((fit.FirstRow[k], fit.LastRow[k])))
                        for (var r = Math.Max(a, 0); r <= b; r++)
                            rows[r].Warn(field, $"{field}.placement", $"the line '{pieces[k].Text}' could belong to this row or a neighbouring one");
                    if (fit.Options[k].Contains((-1, -1)))
                        rows[NearestRow(ranges, pieces[k])].Warn(field, $"{field}.placement", $"the line '{pieces[k].Text}' may belong to no row");
                }
            }
            return rows;
        }

        private int NearestRow(List<(int First, int Last)> ranges, Piece piece)
        {
            var y = _grid.Y[piece.Line];
            var best = 0;
            var distance = int.MaxValue;
            for (var i = 0; i < ranges.Count; i++)
            {
                var (top, bottom) = (_grid.Y[_text[ranges[i].First].Line], _grid.Y[_text[ranges[i].Last].Line]);
                var d = y < top ? top - y : y > bottom ? y - bottom : 0;
                if (d < distance) (best, distance) = (i, d);
            }
            return best;
        }
    }

    private enum CutKind { Join, Cut, Unsure }
}
