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
internal sealed class DefaultRowAssembler(List<DefaultCell> cells, BodyIndex body, IReadOnlyList<TaskColumn> columns)
{
    /// <summary>Alignments costing at most this much more than the best count as possible readings.</summary>
    private const double Tolerance = 1.5;

    private const double Never = 1e9;

    private readonly UnitCells _units = UnitCells.Learn(cells.SelectMany(c => c.Lines).Select(p => p.Text));

    public List<PdfRow> Assemble()
    {
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
            if (columns.Contains(TaskColumn.Support) && supportCap > leadCap && widest > leadCap + 0.5) supports.Add(unit);
            else if (unit.Lines.Count > 1 || !columns.Contains(TaskColumn.Support)) sure.Add(unit);
            else either.Add(unit);
        }

        // 牵头单位: every row has one; a one-line cell narrow enough for either unit column may be a 配合单位.
        var leadCells = sure.Concat(either).OrderBy(c => c.Order).ToList();
        var leads = Align(leadCells, rowList, skip: c => either.Contains(c) ? 0 : Never, empty: 10);
        Place(leads, leadCells, rowList, leadColumn);
        supports.AddRange(either.Where(c => !leads.Assigned.ContainsKey(c)));
        supports.Sort((a, b) => a.Order.CompareTo(b.Order));
        foreach (var c in either.Where(c => leads.Ambiguous.Contains(c)))
            foreach (var r in leads.Rows[c]) rowList[r].Row.Warn("support", "support.placement", $"'{c.Text}' may be this row's 牵头单位 or another row's 配合单位");

        if (columns.Contains(TaskColumn.Support))
            Place(Align(supports, rowList, skip: _ => Never, empty: 0), supports, rowList, TaskColumn.Support);

        var deadlines = others.Where(c => c.Kind == TaskColumn.Deadline).ToList();
        if (columns.Contains(TaskColumn.Deadline))
            Place(Align(deadlines, rowList, skip: _ => Never, empty: 3), deadlines, rowList, TaskColumn.Deadline);

        return rowList.Select(r => r.Row).ToList();
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
    /// 具体工作 cells in the order of the body they restate, page by page (the default mode can
    /// print a block after the rows below it); a cell the body does not place keeps its place
    /// after the cell printed before it.
    /// </summary>
    private List<DefaultCell> OrderText(List<DefaultCell> texts)
    {
        var keys = new List<(DefaultCell Cell, int Section, int Offset, int Order)>();
        (int Section, int Offset) last = (-1, -1);
        foreach (var cell in texts)
        {
            var position = body.Position(cell.Text);
            if (position is { } p) last = p;
            keys.Add((cell, last.Section, last.Offset, cell.Order));
        }
        return keys.OrderBy(k => k.Cell.Page).ThenBy(k => k.Section).ThenBy(k => k.Offset).ThenBy(k => k.Order).Select(k => k.Cell).ToList();
    }

    /// <summary>A unit or deadline cell cut by a page break: its rest is among the first cells of its kind on the next page.</summary>
    private void JoinPageBreaks(List<DefaultCell> others)
    {
        foreach (var page in others.Select(c => c.Page).Distinct().OrderBy(p => p).ToList())
        {
            foreach (var kind in new[] { TaskColumn.Lead, TaskColumn.Deadline })
            {
                var before = others.Where(c => c.Kind == kind && c.Page == page).OrderBy(c => c.Order).TakeLast(2).ToList();
                var after = others.Where(c => c.Kind == kind && c.Page == page + 1).OrderBy(c => c.Order).Take(2).ToList();
                foreach (var a in before)
                {
                    var rest = after.FirstOrDefault(b => Completes(kind, a.Text, b.Text));
                    if (rest is null) continue;
                    a.Lines.AddRange(rest.Lines);
                    others.Remove(rest);
                    cells.Remove(rest);
                    after.Remove(rest);
                }
            }
        }
    }

    private bool Completes(TaskColumn kind, string before, string after) => kind == TaskColumn.Deadline
        ? !DeadlineParser.LooksLikeDeadline(before) && DeadlineParser.LooksLikeDeadline(before + after)
        : (!PdfRows.IsCompleteUnitList(before) || _units.Continues(before, after)) && !_units.BeginsName(after) && PdfRows.IsCompleteUnitList(before + after);

    /// <summary>The alignment of one column's cells onto the rows, and which cells could sit elsewhere.</summary>
    private sealed record Alignment(Dictionary<DefaultCell, int> Assigned, HashSet<DefaultCell> Ambiguous, Dictionary<DefaultCell, List<int>> Rows);

    /// <summary>
    /// Monotone alignment (cells keep their order, at most one per row) minimising how far each
    /// cell lands from the row whose 具体工作 cell the stream printed last before it. A cell may
    /// only go to a row with text on its page.
    /// </summary>
    private static Alignment Align(List<DefaultCell> column, List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> rows,
        Func<DefaultCell, double> skip, double empty)
    {
        int k = column.Count, n = rows.Count;
        double Cost(int i, int j)
        {
            var cell = column[i];
            if (!rows[j].Pages.Contains(cell.Page)) return Never;
            var hint = Hint(cell, rows);
            return Math.Abs(hint - j);
        }

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
                else if (i > 0 && Math.Abs(forward[i, j] - (forward[i - 1, j] + skip(column[i - 1]))) < 1e-9) i--;
                else j--;
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
            var skipped = forward[i, 0] >= 0 && skip(column[i]) < Never; // a cell that may belong to no row of this column
            options[column[i]] = possible;
            if (possible.Count > 1 || (skipped && possible.Count > 0 && assigned.ContainsKey(column[i]) != true)) ambiguous.Add(column[i]);
        }
        return new Alignment(assigned, ambiguous, options);
    }

    /// <summary>The row whose 具体工作 cell the stream printed last before the cell, on the cell's page.</summary>
    private static int Hint(DefaultCell cell, List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> rows)
    {
        var hint = -1;
        for (var j = 0; j < rows.Count; j++)
        {
            var text = rows[j].Cell;
            if (text.Page == cell.Page && text.Order < cell.Order && (hint < 0 || text.Order > rows[hint].Cell.Order)) hint = j;
        }
        if (hint >= 0) return hint;
        // Nothing before it on its page: the first row with text there.
        for (var j = 0; j < rows.Count; j++)
            if (rows[j].Pages.Contains(cell.Page)) return j;
        return 0;
    }

    private static void Place(Alignment alignment, List<DefaultCell> column, List<(PdfRow Row, DefaultCell Cell, IReadOnlySet<int> Pages)> rows, TaskColumn target)
    {
        var field = target switch { TaskColumn.Support => "support", TaskColumn.Deadline => "deadline", _ => "lead" };
        foreach (var cell in column)
        {
            if (!alignment.Assigned.TryGetValue(cell, out var r)) continue;
            var group = new PieceGroup(target, cell.Lines[0]);
            group.Pieces.AddRange(cell.Lines.Skip(1));
            rows[r].Row.Add(group);
        }
        foreach (var cell in alignment.Ambiguous)
        {
            var possible = alignment.Rows[cell];
            // Rows that would read the same whichever cell they get need no warning.
            var texts = possible.Select(r => CjkText.MatchKey(rows[r].Row.Cell(target))).Distinct().Count();
            if (texts <= 1 && possible.All(r => rows[r].Row.Groups(target).Count > 0)) continue;
            foreach (var r in possible)
                rows[r].Row.Warn(field, $"{field}.placement", $"the {field} cell '{cell.Text}' may belong to another of the rows beside it");
        }
    }
}
