using PolicyParse.Lexicon;
using PolicyParse.Normalization;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Builds rows from default-mode cells: 具体工作 cells in body order make the rows; cells cut by a
/// page break are joined; each other column's cells are laid onto the rows in order by a
/// monotone alignment that keeps each cell near where the stream printed it, and a cell that
/// fits several rows about as well warns on all of them.
/// </summary>
internal sealed class DefaultRowAssembler(List<DefaultCell> cells, BodyIndex body, IReadOnlyList<TaskColumn> columns, bool printedWholeFirst = false)
{
    private const double Never = CellAligner.Never;

    private readonly UnitCells _units = UnitCells.Learn(cells.SelectMany(c => c.Lines).Select(p => p.Text));

    public List<PdfRow> Assemble()
    {
        DefaultTextChains.Join(cells, body, TextCapacity());
        var texts = OrderText(cells.Where(c => c.Kind == TaskColumn.Text).ToList());
        var rows = new List<(PdfRow Row, DefaultCell Cell, HashSet<int> Pages)>();
        foreach (var cell in texts)
        {
            var previous = rows.Count > 0 ? rows[^1] : default;
            // A 具体工作 cell cut by the page break goes on as the first cell of the next page.
            if (previous.Row is not null && cell.Page == previous.Row.Text[^1].Page + 1
                && previous.Row.Text[^1].Page != cell.Page
                && texts.Where(t => t.Page == cell.Page).First() == cell
                && LineEnd.OfProse(previous.Row.Text[^1].Text, TextCapacity()) == LineEndKind.Continues)
            {
                previous.Row.Text.AddRange(cell.Lines);
                previous.Pages.Add(cell.Page);
                continue;
            }
            var row = new PdfRow(cell.Lines[0]);
            row.Text.AddRange(cell.Lines.Skip(1));
            rows.Add((row, cell, [cell.Page]));
        }
        if (rows.Count == 0) return [];

        var others = cells.Where(c => c.Kind != TaskColumn.Text).ToList();
        JoinPageBreaks(others);
        var (leadCap, supportCap) = (Capacity(others, TaskColumn.Lead, false), Capacity(others, TaskColumn.Lead, true));

        var rowList = rows.Select(r => (r.Row, r.Cell, (IReadOnlySet<int>)r.Pages)).ToList();
        var units = others.Where(c => c.Kind == TaskColumn.Lead).ToList();
        var leadColumn = columns.Contains(TaskColumn.Lead) ? TaskColumn.Lead : TaskColumn.Responsible;
        var (sure, either) = (new List<DefaultCell>(), new List<DefaultCell>());
        var supports = new List<DefaultCell>();
        foreach (var unit in units)
        {
            var widest = unit.Lines.Max(p => PrintedWidth.Of(p.Text));
            if (!columns.Contains(TaskColumn.Support) || supportCap <= leadCap) sure.Add(unit);
            else if (widest > leadCap + 0.5) supports.Add(unit);
            else if (WrapsAtLeadWidth(unit, leadCap)) sure.Add(unit);
            else either.Add(unit);
        }

        // Page by page: a cell lies on a row with text on its page that has no cell of its column yet
        // (the rest of a cut cell was joined above). 牵头单位 first: every row has one, so its
        // cells pin the rows down, and the others are placed near the 牵头单位 printed before them.
        foreach (var page in rowList.SelectMany(r => r.Item3).Distinct().OrderBy(p => p))
        {
            var printedWhole = printedWholeFirst ? PlacePrintedWhole(rowList, page, leadColumn, false) : [];
            foreach (var c in printedWhole.Select(p => p.Cell)) { sure.Remove(c); either.Remove(c); supports.Remove(c); others.Remove(c); }
            var leadCells = sure.Concat(either).Where(c => c.Page == page).OrderBy(c => c.Order).ToList();
            var leadRows = RowsOn(rowList, page, leadColumn);
            var leads = CellAligner.Align(leadCells, leadRows, c => TextHint(c, leadRows), skip: c => either.Contains(c) ? 0 : Never, empty: 10);
            Place(leads, leadCells, leadRows, leadColumn);
            foreach (var c in either.Where(c => c.Page == page && !leads.Assigned.ContainsKey(c))) supports.Add(c);

            var anchors = leadCells.Where(leads.Assigned.ContainsKey).Select(c => (c.Order, Row: leadRows[leads.Assigned[c]].Row))
                .Concat(printedWhole.Where(p => p.Column == leadColumn).Select(p => (p.Cell.Order, p.Row))).ToList();
            foreach (var (kind, target) in new[] { (TaskColumn.Lead, TaskColumn.Support), (TaskColumn.Deadline, TaskColumn.Deadline) })
            {
                if (!columns.Contains(target)) continue;
                var column = (target == TaskColumn.Support ? supports : others.Where(c => c.Kind == kind).ToList())
                    .Where(c => c.Page == page).OrderBy(c => c.Order).ToList();
                var targetRows = RowsOn(rowList, page, target).Where(r => !noSupport.Contains(r.Row) || target != TaskColumn.Support).ToList();
                var alignment = CellAligner.Align(column, targetRows, c => LeadHint(c, anchors, targetRows, leadRows),
                    skip: _ => Never, empty: target == TaskColumn.Support ? 0 : 3);
                Place(alignment, column, targetRows, target);
            }
        }

        Confirm(rowList);
        Rows = rowList.Select(r => (r.Row, r.Cell)).ToList();
        return rowList.Select(r => r.Row).ToList();
    }

    /// <summary>The assembled rows with the 具体工作 cell each was started from.</summary>
    public IReadOnlyList<(PdfRow Row, DefaultCell Cell)> Rows { get; private set; } = [];

    /// <summary>Rows printed whole without a 配合单位 cell.</summary>
    private readonly HashSet<PdfRow> noSupport = [];

    /// <summary>
    /// Rows the stream printed whole on the page — the 具体工作 cell, then one or two unit cells,
    /// then one deadline cell, before the next 具体工作 cell — get those cells directly (first unit
    /// 牵头, second 配合); the other cells are aligned onto the other rows.
    /// </summary>
    private List<(PdfRow Row, TaskColumn Column, DefaultCell Cell)> PlacePrintedWhole(
        List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> rows, int page, TaskColumn leadColumn, bool emptySupport)
    {
        var placed = new List<(PdfRow, TaskColumn, DefaultCell)>();
        var stream = cells.Where(c => c.Page == page).OrderBy(c => c.Order).ToList();
        foreach (var (row, text, _) in rows)
        {
            if (text.Page != page || row.Text.Count != text.Lines.Count || text.Gathered) continue;
            var segment = Segment(stream, stream.IndexOf(text));
            if (segment is null) continue;
            var assignment = new List<(TaskColumn, DefaultCell)> { (leadColumn, segment[0]), (TaskColumn.Deadline, segment[^1]) };
            if (segment.Count == 3) assignment.Add((TaskColumn.Support, segment[1]));
            if (assignment.Any(a => !columns.Contains(a.Item1) || row.Groups(a.Item1).Count > 0)) continue;
            if (segment.Count == 3 && !columns.Contains(TaskColumn.Support)) continue;
            foreach (var (column, cell) in assignment)
            {
                AddCell(row, column, cell);
                placed.Add((row, column, cell));
            }
            if (segment.Count == 2 && emptySupport) noSupport.Add(row);
        }
        return placed;
    }

    /// <summary>The cells printed after the 具体工作 cell at <paramref name="at"/> up to the next one, when they are one or two unit cells then one deadline cell.</summary>
    internal static List<DefaultCell>? Segment(List<DefaultCell> stream, int at)
    {
        var segment = stream.Skip(at + 1).TakeWhile(c => c.Kind != TaskColumn.Text).ToList();
        if (segment.Count is < 2 or > 3 || segment[^1].Kind != TaskColumn.Deadline || segment.SkipLast(1).Any(c => c.Kind != TaskColumn.Lead)) return null;
        return segment;
    }

    /// <summary>
    /// Where the stream printed a row whole — its 具体工作 cell, then one or two unit cells, then one
    /// deadline cell, before the next 具体工作 cell — and the alignment put exactly those cells on
    /// it (first unit 牵头, second 配合), the row needs no placement warning. Elsewhere the placement
    /// is the alignment's guess (whether a field is sure is <see cref="DefaultEvidence"/>'s call).
    /// </summary>
    private void Confirm(List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> rows)
    {
        var stream = cells.OrderBy(c => c.Page).ThenBy(c => c.Order).ToList();
        for (var index = 0; index < rows.Count; index++)
        {
            var (row, text, _) = rows[index];
            var at = stream.IndexOf(text);
            var segment = row.Text.Count != text.Lines.Count ? [] : stream.Skip(at + 1).TakeWhile(c => c.Kind != TaskColumn.Text && c.Page == text.Page).ToList();
            var units = segment.Where(c => c.Kind == TaskColumn.Lead).ToList();
            var deadlines = segment.Where(c => c.Kind == TaskColumn.Deadline).ToList();
            var lead = columns.Contains(TaskColumn.Lead) ? TaskColumn.Lead : TaskColumn.Responsible;
            bool Holds(TaskColumn column, DefaultCell? cell) => cell is null
                ? row.Groups(column).Count == 0
                : row.Groups(column) is [var g] && g.Pieces[0] == cell.Lines[0];
            // Units come before the deadline in a row printed whole.
            var ordered = segment.Count > 0 && !segment.SkipWhile(c => c.Kind == TaskColumn.Lead).Skip(1).Any() && deadlines.Count == 1;
            var sure = new Dictionary<TaskColumn, bool>
            {
                [lead] = units.Count is 1 or 2 && Holds(lead, units[0]),
                [TaskColumn.Support] = ordered && (units.Count == 2 ? Holds(TaskColumn.Support, units[1]) : units.Count == 1 && Holds(TaskColumn.Support, null)),
                [TaskColumn.Deadline] = deadlines.Count == 1 && Holds(TaskColumn.Deadline, deadlines[0]),
            };
            foreach (var (column, printed) in sure)
            {
                if (!columns.Contains(column)) continue;
                var field = column.FieldName();
                if (printed) continue;
                row.Warn(field, $"{field}.placement", $"pdftotext printed this {field} cell apart from its row; it was put here by alignment and may belong to a row beside it");
            }
        }
    }

    private double TextCapacity() => PrintedWidth.Capacity(cells.Where(c => c.Kind == TaskColumn.Text).SelectMany(c => c.Lines.SkipLast(1)).Select(p => p.Text));

    /// <summary>The lead column's width (most common wrapped width) or the widest wrapped unit line.</summary>
    private static double Capacity(List<DefaultCell> others, TaskColumn kind, bool widest)
    {
        var lines = others.Where(c => c.Kind == kind).SelectMany(c => c.Lines.SkipLast(1)).Select(p => p.Text).ToList();
        if (lines.Count == 0) return 0;
        return widest ? lines.Max(PrintedWidth.Of) : PrintedWidth.Capacity(lines);
    }

    /// <summary>
    /// 具体工作 cells in the order of the body they restate, page by page: the default mode can
    /// print a stack of 具体工作 blocks after the rows below them. A cell the body does not place
    /// keeps its place after the cell printed before it. A cell the stream prints right before a
    /// unit cell came out with its own row's cells, so its place among such cells of its key task
    /// is the stream's (the table may list a key task's rows in another order than its paragraph);
    /// only the cells printed apart from their rows are put where the body says.
    /// </summary>
    private List<DefaultCell> OrderText(List<DefaultCell> texts)
    {
        var keys = new List<(DefaultCell Cell, int Section, int Offset)>();
        (int Section, int Offset) last = (-1, -1);
        foreach (var cell in texts.OrderBy(t => t.Page).ThenBy(t => t.Order))
        {
            // A cell joining separate clauses keeps its place after the cell printed before it.
            if (body.Position(cell.Text) is { Apart: false } p) last = (p.Section, p.Offset);
            keys.Add((cell, last.Section, last.Offset));
        }
        var ordered = keys.OrderBy(k => k.Cell.Page).ThenBy(k => k.Section).ThenBy(k => k.Offset).ThenBy(k => k.Cell.Order).ToList();

        // Cells printed with their rows keep the stream's order among themselves, in the slots the body gave them.
        foreach (var group in ordered.Select((k, i) => (k, i)).Where(x => WithItsRow(x.k.Cell)).GroupBy(x => (x.k.Cell.Page, x.k.Section)))
        {
            var slots = group.Select(x => x.i).ToList();
            var inStream = group.Select(x => x.k).OrderBy(k => k.Cell.Order).ToList();
            for (var n = 0; n < slots.Count; n++) ordered[slots[n]] = inStream[n];
        }
        return ordered.Select(k => k.Cell).ToList();
    }

    /// <summary>True when the next cell the stream printed after this 具体工作 cell, on its page, is a unit cell (and the cell was printed in one piece).</summary>
    private bool WithItsRow(DefaultCell text)
    {
        // A cell gathered from pieces printed apart was not printed with its row.
        if (text.Gathered) return false;
        var next = cells.Where(c => c.Page == text.Page && c.Order > text.Order).MinBy(c => c.Order);
        return next is { Kind: TaskColumn.Lead };
    }

    /// <summary>A unit or deadline cell cut by a page break: its rest is among the first cells of its kind on the next page.</summary>
    private void JoinPageBreaks(List<DefaultCell> others)
    {
        foreach (var page in others.Select(c => c.Page).Distinct().OrderBy(p => p).ToList())
        {
            foreach (var kind in new[] { TaskColumn.Lead, TaskColumn.Deadline })
            {
                // The stream is not top-down across columns: look a few cells back and ahead.
                var before = others.Where(c => c.Kind == kind && c.Page == page).OrderBy(c => c.Order).TakeLast(6).ToList();
                // A one- or two-character tail reads as a unit cell whatever column it ends.
                var after = others.Where(c => c.Page == page + 1 && c.Kind == kind).OrderBy(c => c.Order).Take(6)
                    .Concat(others.Where(c => c.Page == page + 1 && c.Kind != kind && IsTail(c)).OrderBy(c => c.Order).Take(2)).ToList();
                // Cells that read cut first; then a lone tail that makes a whole name or deadline of a cell that read whole.
                foreach (var tails in new[] { false, true })
                    foreach (var a in before.ToList())
                    {
                        var rest = after.FirstOrDefault(b => tails ? CompletesByTail(kind, a, b) : Completes(kind, a.Text, b.Text));
                        if (rest is null) continue;
                        a.Lines.AddRange(rest.Lines);
                        others.Remove(rest);
                        cells.Remove(rest);
                        after.Remove(rest);
                        before.Remove(a);
                    }
            }
        }
    }

    private bool Completes(TaskColumn kind, string before, string after) => kind == TaskColumn.Deadline
        ? DeadlineWords.LooksLikeDeadline(before + after) && (!DeadlineWords.LooksLikeDeadline(before) || "，,、；;".Contains(before[^1]) || EndsMidWord(before, after))
        : !_units.BeginsName(after) && PdfRows.JoinCompletes(kind, before, after);

    /// <summary>
    /// A one- or two-character tail is no cell of its own: it ends a cell whose head already read
    /// whole (区级有关部 / 门, 持续推 / 进) when the joined name is one the table prints whole
    /// elsewhere, or the joined text is a deadline and the tail starts none.
    /// </summary>
    private bool CompletesByTail(TaskColumn kind, DefaultCell head, DefaultCell tail)
    {
        var before = head.Text;
        if (!IsTail(tail) || "，,、；;".Contains(before[^1])) return false;
        var joined = CjkText.NormalizeSpacing(before + tail.Text);
        var end = CjkText.NormalizeSpacing(tail.Text);
        // A deadline's tail: its head's last line is full (it was cut), and the tail ends no unit name of the table.
        if (kind == TaskColumn.Deadline)
            return !DeadlineWords.StartsDeadline(end) && DeadlineWords.LooksLikeDeadline(joined)
                && !LineEnd.EndsShortCell(before.Length > 0 ? head.Lines[^1].Text : "", DeadlineCapacity())
                && !UnitNames().Any(n => n.Length > end.Length && n.EndsWith(end, StringComparison.Ordinal));
        var last = BracketAwareSplitter.Split(joined, "、，,；;").LastOrDefault() ?? "";
        return last.Length > 0 && PdfRows.IsCompleteUnitList(joined) && UnitNames().Contains(last);
    }

    private double DeadlineCapacity() => PrintedWidth.Capacity(cells.Where(c => c.Kind == TaskColumn.Deadline).SelectMany(c => c.Lines.SkipLast(1)).Select(p => p.Text));

    private HashSet<string>? _unitNames;

    /// <summary>Names the table's unit cells print whole.</summary>
    private HashSet<string> UnitNames() => _unitNames ??= cells.Where(c => c.Kind == TaskColumn.Lead)
        .SelectMany(c => BracketAwareSplitter.Split(CjkText.NormalizeSpacing(c.Text), "、，,；;")).ToHashSet();

    private static bool IsTail(DefaultCell cell) => cell.Kind == TaskColumn.Lead && cell.Lines.Count == 1 && CjkText.NormalizeSpacing(cell.Text).Length <= 2;

    /// <summary>A deadline cut inside a clause, continued by a tail that is no date of its own.</summary>
    private static bool EndsMidWord(string before, string after) => LineEnd.EndsMidClause(before) && !char.IsAsciiDigit(after[0]);

    /// <summary>
    /// True when a line of the cell wrapped at the 牵头单位 column's width for no other reason: in
    /// the wider 配合单位 column a line ends one short only when the next character must not
    /// start a line (门、 …) or an opening bracket must not end one (…乡镇 / （街道）).
    /// </summary>
    private static bool WrapsAtLeadWidth(DefaultCell cell, double leadCap)
    {
        for (var i = 0; i + 1 < cell.Lines.Count; i++)
        {
            if (PrintedWidth.Of(cell.Lines[i].Text) < leadCap - 0.5) continue;
            var next = CjkText.NormalizeSpacing(cell.Lines[i + 1].Text);
            var kept = next.Length > 1 && "、，,；;：:。）)”》」".Contains(next[1]) || next.Length > 0 && "（(“《「".Contains(next[0]);
            if (!kept) return true;
        }
        return false;
    }

    /// <summary>Rows with text on the page that have no cell of the column yet.</summary>
    private static List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> RowsOn(
        List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> rows, int page, TaskColumn column) =>
        rows.Where(r => r.Pages.Contains(page) && r.Row.Groups(column).Count == 0).ToList();

    /// <summary>The row whose 具体工作 cell the stream printed last before the cell (the first row when none was).</summary>
    private static int TextHint(DefaultCell cell, List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> rows)
    {
        var hint = 0;
        var best = -1;
        for (var j = 0; j < rows.Count; j++)
        {
            var text = rows[j].Cell;
            if (text.Page == cell.Page && text.Order < cell.Order && text.Order > best) (hint, best) = (j, text.Order);
        }
        return hint;
    }

    /// <summary>The row of the 牵头单位 cell the stream printed last before the cell: cells of one row come out together.</summary>
    private static int LeadHint(DefaultCell cell, List<(int Order, PdfRow Row)> anchors, List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> rows,
        List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> leadRows)
    {
        var anchor = anchors.Where(a => a.Order < cell.Order).OrderBy(a => a.Order).LastOrDefault();
        if (anchor.Row is null) return 0;
        var index = rows.FindIndex(r => r.Row == anchor.Row);
        if (index >= 0) return index;
        // The anchor's row already has this column's cell: the nearest row after it.
        var after = rows.FindIndex(r => leadRows.FindIndex(l => l.Row == r.Row) > leadRows.FindIndex(l => l.Row == anchor.Row));
        return after >= 0 ? after : rows.Count - 1;
    }

    private static void Place(CellAligner.Alignment alignment, List<DefaultCell> column, List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> rows, TaskColumn target)
    {
        foreach (var cell in column)
            if (alignment.Assigned.TryGetValue(cell, out var r)) AddCell(rows[r].Row, target, cell);
    }

    /// <summary>Puts a cell's lines on a row as that column's piece group.</summary>
    private static void AddCell(PdfRow row, TaskColumn column, DefaultCell cell)
    {
        var group = new PieceGroup(column, cell.Lines[0]);
        group.Pieces.AddRange(cell.Lines.Skip(1));
        row.Add(group);
    }
}
