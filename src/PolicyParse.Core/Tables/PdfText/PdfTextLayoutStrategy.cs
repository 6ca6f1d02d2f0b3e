using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Tables as `pdftotext -layout` prints them: columns aligned with spaces, each cell wrapped over
/// several lines, cells of one row vertically centred so that their lines interleave, the merged
/// 重点任务 label printed once, and the header repeated on each page. Columns come from the header
/// cells' positions (re-estimated per page, as alignment drifts); rows from the 具体工作 column,
/// whose cells end where a line stops short or a blank line follows; the other columns' lines are
/// grouped into cells and given to the row they sit beside.
/// </summary>
internal sealed class PdfTextLayoutStrategy : ITableStrategy
{
    public string Name => "pdftotext-layout";

    /// <summary>Lines of one cell are adjacent or one apart (another column's line between); wider gaps separate cells.</summary>
    private const int MaxGapInCell = 2;

    public TableCandidate? TryReconstruct(TableContext context)
    {
        var lines = context.Lines;
        var first = FindHeader(lines, Math.Max(context.BodyEnd, 0));
        if (first is null) return null;

        var table = LayoutTable.Read(lines, first);
        if (table.Pieces.Count(p => p.Column == TaskColumn.Text) == 0) return null;

        var builder = new LayoutRowBuilder(table);
        var rows = builder.Build();
        return PdfRows.ToCandidate(Name, table.Columns, rows, context, lines[first.FirstLine].Origin);
    }

    private static LayoutHeader? FindHeader(IReadOnlyList<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (lines[i].Kind == LineKind.TableHeader && LayoutHeader.Read(lines, i) is { } header)
                return header;
        return null;
    }

    /// <summary>The table's printed lines as pieces in columns, page by page, with the blank lines between them.</summary>
    private sealed class LayoutTable
    {
        public required IReadOnlyList<TaskColumn> Columns { get; init; }
        public List<Piece> Pieces { get; } = [];
        public HashSet<int> Blank { get; } = [];

        public static LayoutTable Read(IReadOnlyList<TextLine> lines, LayoutHeader first)
        {
            var table = new LayoutTable { Columns = first.Columns.Select(c => c.Column).ToList() };
            var page = 0;
            var header = first;
            var pageLines = new List<(int Index, List<LayoutRun> Runs)>();
            for (var i = first.FirstLine; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Raw.Contains('\f') && i > first.FirstLine)
                {
                    table.Flush(pageLines, header, page);
                    page++;
                }
                if (line.Kind == LineKind.Metadata) break; // 抄送 and the like follow the table
                if (line.Kind == LineKind.TableHeader && LayoutHeader.Read(lines, i) is { } repeated)
                {
                    // The header repeats on each page: drop what its lines took and use its positions.
                    header = repeated;
                    pageLines.RemoveAll(l => l.Index >= repeated.FirstLine);
                    i = repeated.LastLine;
                    continue;
                }
                if (line.IsBlank) { table.Blank.Add(i); continue; }
                if (PageFurniture.IsPageNumber(line.Text)) continue;
                pageLines.Add((i, LayoutRuns.Split(line.Raw)));
            }
            table.Flush(pageLines, header, page);
            return table;
        }

        private void Flush(List<(int Index, List<LayoutRun> Runs)> pageLines, LayoutHeader header, int page)
        {
            var edges = Edges(header, pageLines.SelectMany(l => l.Runs).ToList());
            foreach (var (index, runs) in pageLines)
            {
                // Runs of one line that fall in the same column are one piece.
                foreach (var g in runs.GroupBy(r => ColumnOf(r.Start, edges)))
                    Pieces.Add(new Piece(index, page, header.Columns[g.Key].Column, string.Join(" ", g.Select(r => r.Text))));
            }
            pageLines.Clear();
        }

        /// <summary>
        /// Left edges of the columns on one page. A header name is centred in its column, so the
        /// column starts at or before the name and after the previous name's end; the most common
        /// start of cell runs in that window is the edge.
        /// </summary>
        private static int[] Edges(LayoutHeader header, List<LayoutRun> runs)
        {
            var cols = header.Columns;
            var edges = new int[cols.Count];
            for (var i = 0; i < cols.Count; i++)
            {
                var lo = i == 0 ? int.MinValue : cols[i - 1].End;
                var hi = cols[i].Start + 2;
                var starts = runs.Where(r => r.Start > lo && r.Start <= hi).GroupBy(r => r.Start)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
                edges[i] = starts?.Key ?? cols[i].Start;
                if (i > 0 && edges[i] <= edges[i - 1]) edges[i] = Math.Max(cols[i].Start, edges[i - 1] + 1);
            }
            return edges;
        }

        /// <summary>The rightmost column whose edge the run reaches (two characters of drift allowed).</summary>
        private static int ColumnOf(int start, int[] edges)
        {
            var column = 0;
            for (var i = 0; i < edges.Length; i++)
                if (edges[i] <= start + 2) column = i;
            return column;
        }
    }

    /// <summary>Cuts the 具体工作 lines into rows and hands the other columns' cells to them.</summary>
    private sealed class LayoutRowBuilder(LayoutTable table)
    {
        private readonly double _textCapacity = PrintedWidth.Capacity(table.Pieces.Where(p => p.Column == TaskColumn.Text).Select(p => p.Text));

        public List<PdfRow> Build()
        {
            var rows = CutTextRows();
            foreach (var column in table.Columns.Where(c => c is not (TaskColumn.Text or TaskColumn.KeyTask or TaskColumn.Unknown)))
                AssignGroups(column, rows);
            rows = ResolveUnsureCuts(rows);
            rows = JoinPageBreaks(rows);
            foreach (var row in rows) CheckCells(row);
            return rows;
        }

        private bool BlankBetween(int a, int b)
        {
            for (var i = Math.Min(a, b) + 1; i < Math.Max(a, b); i++)
                if (table.Blank.Contains(i)) return true;
            return false;
        }

        private List<PdfRow> CutTextRows()
        {
            var rows = new List<PdfRow>();
            Piece? previous = null;
            foreach (var piece in table.Pieces.Where(p => p.Column == TaskColumn.Text))
            {
                if (previous is null || piece.Page != previous.Page || BlankBetween(previous.Line, piece.Line))
                {
                    rows.Add(new PdfRow(piece));
                }
                else
                {
                    switch (LineEnd.OfProse(previous.Text, _textCapacity))
                    {
                        case LineEndKind.Ends:
                            rows.Add(new PdfRow(piece));
                            break;
                        case LineEndKind.Unsure:
                            rows[^1].UnsureCuts.Add(rows[^1].Text.Count);
                            rows[^1].Text.Add(piece);
                            break;
                        default:
                            rows[^1].Text.Add(piece);
                            break;
                    }
                }
                previous = piece;
            }
            return rows;
        }

        /// <summary>The row whose 具体工作 lines span the given line, if any.</summary>
        private static PdfRow? RowAt(List<PdfRow> rows, int page, int line) =>
            rows.FirstOrDefault(r => r.Page == page && r.First <= line && line <= r.Last);

        private void AssignGroups(TaskColumn column, List<PdfRow> rows)
        {
            var pieces = table.Pieces.Where(p => p.Column == column).ToList();
            var capacity = PrintedWidth.Capacity(pieces.Select(p => p.Text));
            var groups = new List<PieceGroup>();
            foreach (var piece in pieces)
            {
                var last = groups.Count > 0 ? groups[^1].Pieces[^1] : null;
                var split = last is null
                    || piece.Page != last.Page
                    || BlankBetween(last.Line, piece.Line)
                    || piece.Line - last.Line > MaxGapInCell
                    || LineEnd.EndsShortCell(last.Text, capacity)
                    || (RowAt(rows, last.Page, last.Line) is { } a && RowAt(rows, piece.Page, piece.Line) is { } b && a != b);
                if (split) groups.Add(new PieceGroup(column, piece));
                else groups[^1].Pieces.Add(piece);
            }

            foreach (var group in groups)
            {
                var (row, sure) = Place(group, rows, capacity);
                if (row is null) continue;
                row.Add(group);
                if (!sure)
                    row.Warn(Field(column), $"{Field(column)}.placement", $"the cell '{group.Text}' was placed by its distance to the row's text");
            }
        }

        /// <summary>
        /// The row a cell belongs to: the one whose 具体工作 lines it sits beside; else, for a cell at
        /// the top of a page above the first row and apart from it, the last row of the previous page
        /// when that row's cell in this column ran on; else the nearest row.
        /// </summary>
        private (PdfRow? Row, bool Sure) Place(PieceGroup group, List<PdfRow> rows, double capacity)
        {
            var onPage = rows.Where(r => r.Page == group.Page).ToList();
            var overlapping = onPage
                .Select(r => (Row: r, Overlap: Math.Min(r.Last, group.Last) - Math.Max(r.First, group.First) + 1))
                .Where(x => x.Overlap > 0)
                .OrderByDescending(x => x.Overlap)
                .FirstOrDefault();
            if (overlapping.Row is not null) return (overlapping.Row, true);

            var firstOnPage = onPage.FirstOrDefault();
            var previousPage = rows.LastOrDefault(r => r.Page < group.Page);
            if (previousPage is not null && (firstOnPage is null || (group.Last < firstOnPage.First && BlankBetween(group.Last, firstOnPage.First))))
            {
                var before = previousPage.Groups(group.Column);
                var open = before.Count > 0 && !LineEnd.EndsShortCell(before[^1].Pieces[^1].Text, capacity);
                if (open) return (previousPage, Completes(group.Column, before[^1].Text, group.Text));
                if (firstOnPage is null) return (previousPage, false);
            }

            var nearest = onPage
                .Select(r => (Row: r, Distance: Math.Min(Math.Abs(r.First - group.Last), Math.Abs(group.First - r.Last))
                    + (BlankBetween(r.First, group.First) ? 100 : 0)))
                .OrderBy(x => x.Distance)
                .FirstOrDefault();
            return (nearest.Row ?? previousPage, false);
        }

        /// <summary>True when a cell cut by a page break reads whole again once its two parts are joined.</summary>
        private static bool Completes(TaskColumn column, string before, string after) => PdfRows.JoinCompletes(column, before, after);

        /// <summary>
        /// A full line ending a sentence may or may not end its cell. Two cells of another column
        /// beside the joined text mean two rows; one cell spanning the place means one.
        /// </summary>
        private List<PdfRow> ResolveUnsureCuts(List<PdfRow> rows)
        {
            var result = new List<PdfRow>();
            foreach (var row in rows)
            {
                if (row.UnsureCuts.Count == 0) { result.Add(row); continue; }
                var split = SplitPoint(row);
                if (split is null)
                {
                    var spanned = row.Columns.Where(c => c != TaskColumn.Text).All(c => row.Groups(c).Count == 1
                        && row.UnsureCuts.All(k => row.Groups(c)[0].First < row.Text[k].Line && row.Groups(c)[0].Last > row.Text[k - 1].Line));
                    if (!spanned || !row.Columns.Any())
                        row.Warn("text", "text.unsureEnd", "a line of this cell ends a sentence at the column's edge; the cell may end there");
                    result.Add(row);
                    continue;
                }
                result.AddRange(Split(row, split.Value));
            }
            return result;
        }

        private static int? SplitPoint(PdfRow row)
        {
            foreach (var column in row.Columns)
            {
                var groups = row.Groups(column);
                if (groups.Count < 2) continue;
                var boundary = (groups[0].Last + groups[1].First) / 2.0;
                return row.UnsureCuts.OrderBy(k => Math.Abs((row.Text[k - 1].Line + row.Text[k].Line) / 2.0 - boundary)).First();
            }
            return null;
        }

        private static IEnumerable<PdfRow> Split(PdfRow row, int cut)
        {
            var upper = new PdfRow(row.Text[0]);
            upper.Text.AddRange(row.Text.Skip(1).Take(cut - 1));
            var lower = new PdfRow(row.Text[cut]);
            lower.Text.AddRange(row.Text.Skip(cut + 1));
            foreach (var k in row.UnsureCuts)
            {
                if (k < cut) upper.UnsureCuts.Add(k);
                else if (k > cut) lower.UnsureCuts.Add(k - cut);
            }
            var middle = (row.Text[cut - 1].Line + row.Text[cut].Line) / 2.0;
            foreach (var column in row.Columns)
                foreach (var g in row.Groups(column))
                    ((g.First + g.Last) / 2.0 < middle ? upper : lower).Add(g);
            foreach (var w in row.Warnings) { upper.Warn(w.Field, w.Code, w.Message); lower.Warn(w.Field, w.Code, w.Message); }
            return [upper, lower];
        }

        /// <summary>
        /// The first row of a page continues the last row of the previous page when that row's
        /// 具体工作 text ran on (its last line full and not ending a sentence).
        /// </summary>
        private List<PdfRow> JoinPageBreaks(List<PdfRow> rows)
        {
            var result = new List<PdfRow>();
            foreach (var row in rows)
            {
                var previous = result.Count > 0 ? result[^1] : null;
                if (previous is null || row.Page == previous.Text[^1].Page)
                {
                    result.Add(row);
                    continue;
                }
                switch (LineEnd.OfProse(previous.Text[^1].Text, _textCapacity))
                {
                    case LineEndKind.Continues:
                        previous.Absorb(row);
                        break;
                    case LineEndKind.Unsure when !row.Groups(TaskColumn.Lead).Any() && !row.Groups(TaskColumn.Responsible).Any():
                        previous.Absorb(row);
                        previous.Warn("text", "text.pageBreak", "the row seems to go on after the page break; its text was joined across it");
                        break;
                    case LineEndKind.Unsure:
                        // The row above is whole when its unit and deadline cells read complete.
                        if (!IsClosed(previous))
                            row.Warn("text", "text.pageBreak", "the row above ends a sentence at the foot of a page; this row was taken as a new one");
                        result.Add(row);
                        break;
                    default:
                        result.Add(row);
                        break;
                }
            }
            return result;
        }

        private static bool IsClosed(PdfRow row)
        {
            var lead = row.Cell(TaskColumn.Lead) + row.Cell(TaskColumn.Responsible);
            var deadline = row.Cell(TaskColumn.Deadline);
            var support = row.Cell(TaskColumn.Support);
            return PdfRows.IsCompleteUnitList(lead)
                && (support.Length == 0 || PdfRows.IsCompleteUnitList(support) || CjkText.IsEmptyMarker(support))
                && (deadline.Length == 0 || DeadlineWords.LooksLikeDeadline(deadline));
        }

        /// <summary>Two cells of one column beside one row: joined, with a warning.</summary>
        private static void CheckCells(PdfRow row)
        {
            foreach (var column in row.Columns.ToList())
            {
                var groups = row.Groups(column);
                if (groups.Count < 2) continue;
                var pages = groups.Select(g => g.Page).Distinct().Count();
                if (pages == groups.Count) continue; // one cell per page: a cell cut by the page break
                row.Warn(Field(column), $"{Field(column)}.joined", $"{groups.Count} separate pieces of this column sit beside one row and were joined");
            }
        }

        internal static string Field(TaskColumn column) => column.FieldName();
    }
}
