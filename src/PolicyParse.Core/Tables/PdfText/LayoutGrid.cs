using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// A -layout table as printed lines, each run of text given to a column. Columns come from each
/// page's header line(s) and from where the cell lines of that page start (cells are left-aligned,
/// so the most common start between two header names is a column's left edge). A run that
/// pdftotext glued to the one before it with a single space has no position of its own and goes
/// to the next column. Page numbers, running heads and repeated headers are left out.
/// </summary>
internal sealed class LayoutGrid
{
    public required IReadOnlyList<TaskColumn> Columns { get; init; }

    /// <summary>The cell lines in reading order: by printed line, then left to right.</summary>
    public List<Piece> Pieces { get; } = [];

    /// <summary>Printed line → its rank among the table's printed lines (a vertical position across pages).</summary>
    public Dictionary<int, int> Y { get; } = [];

    public required LayoutHeader Header { get; init; }

    /// <summary>Share of positioned runs that start on a column edge: how well the grid explains the page.</summary>
    public double Fit { get; private set; }

    /// <summary>True when some cell says "none" with a mark (——): then every empty cell prints one.</summary>
    public bool MarkedEmpties => Pieces.Any(p => p.Column is not (TaskColumn.Text or TaskColumn.KeyTask) && CjkText.IsEmptyMarker(p.Text) && p.Text.Trim().Length > 0);

    /// <summary>Reads the table on pdftotext's grid and on a display grid, keeping the one whose cells line up better.</summary>
    public static LayoutGrid? Read(IReadOnlyList<TextLine> lines, int from)
    {
        var a = Read(lines, from, display: false);
        var b = Read(lines, from, display: true);
        if (a is null || b is null) return a ?? b;
        return b.Fit > a.Fit ? b : a;
    }

    public static LayoutHeader? FindHeader(IReadOnlyList<TextLine> lines, int from, bool display)
    {
        for (var i = Math.Max(from, 0); i < lines.Count; i++)
            if (!lines[i].IsBlank && LayoutHeader.Read(lines, i, display) is { } header)
                return header;
        return null;
    }

    private sealed record PageLines(LayoutHeader Header, List<(int Index, List<LayoutRun> Runs)> Lines);

    private static LayoutGrid? Read(IReadOnlyList<TextLine> lines, int from, bool display)
    {
        var first = FindHeader(lines, from, display);
        if (first is null) return null;
        var pages = new List<PageLines> { new(first, []) };
        for (var i = first.LastLine + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Raw.Contains('\f')) pages.Add(new PageLines(pages[^1].Header, []));
            if (TableEnd.IsAt(line)) break; // 抄送 and the like follow the table
            if (line.IsBlank || PageFurniture.IsPageNumber(line.Text)) continue;
            if (LayoutHeader.Read(lines, i, display) is { } repeated && repeated.Columns.Count >= first.Columns.Count - 1)
            {
                // The header repeats on each page: drop what its lines took and use its positions.
                var page = pages[^1];
                page.Lines.RemoveAll(l => l.Index >= repeated.FirstLine);
                pages[^1] = page with { Header = repeated };
                i = repeated.LastLine;
                continue;
            }
            pages[^1].Lines.Add((i, LayoutRuns.Split(line.Raw, display)));
        }
        DropRunningHeads(pages);

        var grid = new LayoutGrid { Columns = first.Columns.Select(c => c.Column).ToList(), Header = first };
        int positioned = 0, onEdge = 0;
        int[]? previous = null;
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            // A page's edges are its own header's: a repeated header may name one column fewer or more than the first.
            var columns = page.Header.Columns.Select(c => c.Column).ToList();
            // A page without a header of its own takes the last page's edges: its lines may all
            // print shifted left (no 重点任务 label on the page), which its own starts would not show.
            var edges = p > 0 && page.Header == pages[p - 1].Header && previous is { } last && last.Length == page.Header.Columns.Count
                ? (int[])last.Clone()
                : Edges(page, previous);
            var textColumn = columns.IndexOf(TaskColumn.Text);
            var widest = WidestInColumn(page.Lines.SelectMany(l => l.Runs), edges);
            var split = page.Lines.Select(l => (l.Index, Runs: SplitUnitsFromDates(SplitAtEdges(l.Runs, edges, widest, display).ToList(), edges, columns).ToList())).ToList();
            // Positions wander by a few characters from line to line: the edges are refined to the
            // most common start of the runs each edge takes.
            for (var round = 0; round < 2; round++)
            {
                // A line printed shifted tells where a column starts once its shift is put back.
                var lineShifts = Shifts(split.Select(l => l.Runs).ToList(), edges, textColumn);
                var taken = split.SelectMany((l, n) => l.Runs.Zip(Place(l.Runs, edges, lineShifts[n], out _))
                    .Where(x => !x.First.Glued).Select(x => (Start: x.First.Start + lineShifts[n], Column: x.Second))).ToList();
                for (var k = 0; k < edges.Length; k++)
                    if (taken.Where(x => x.Column == k).GroupBy(x => x.Start).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault() is { } mode)
                        edges[k] = mode.Key;
                for (var k = 1; k < edges.Length; k++) if (edges[k] <= edges[k - 1]) edges[k] = edges[k - 1] + 1;
            }
            previous = edges;
            var shifts = Shifts(split.Select(l => l.Runs).ToList(), edges, textColumn);
            foreach (var ((index, runs), shift) in split.Zip(shifts))
            {
                grid.Y[index] = grid.Y.Count;
                var texts = new List<(int Column, string Text)>();
                var assigned = Place(runs, edges, shift, out _);
                foreach (var (run, column) in runs.Zip(assigned))
                {
                    if (!run.Glued)
                    {
                        positioned++;
                        if (Math.Abs(edges[column] - run.Start - shift) <= 1) onEdge++;
                    }
                    if (texts.Count > 0 && texts[^1].Column == column) texts[^1] = (column, texts[^1].Text + " " + run.Text);
                    else texts.Add((column, run.Text));
                }
                foreach (var (c, text) in texts)
                    grid.Pieces.Add(new Piece(index, p, columns[c], text));
            }
        }
        grid.Fit = positioned == 0 ? 0 : onEdge / (double)positioned;
        return grid;
    }

    /// <summary>
    /// Left edges of the columns on one page. A header name is centred in its column, so the column
    /// starts at or before the name and after the previous name's end; the most common start of
    /// positioned runs in that window is the edge. A page without cell lines keeps the last edges.
    /// </summary>
    private static int[] Edges(PageLines page, int[]? previous)
    {
        var cols = page.Header.Columns;
        var starts = page.Lines.SelectMany(l => l.Runs.Where((r, k) => k == 0 || !r.Glued)).Select(r => r.Start).ToList();
        var edges = new int[cols.Count];
        for (var i = 0; i < cols.Count; i++)
        {
            var lo = i == 0 ? int.MinValue : cols[i - 1].End - 1;
            var hi = cols[i].Start + 1;
            var best = starts.Where(s => s >= lo && s <= hi).GroupBy(s => s)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
            edges[i] = best?.Key ?? (previous is { } p && p.Length == cols.Count && p[i] >= lo && p[i] <= hi ? p[i] : Math.Max(lo + 1, cols[i].Start - 1));
            if (i > 0 && edges[i] <= edges[i - 1]) edges[i] = edges[i - 1] + 1;
        }
        return edges;
    }

    /// <summary>
    /// What a change of shift from one line to the next costs, in columns of misplacement:
    /// pdftotext sets a line's first run at the page's left when nothing stands left of it on the
    /// lines beside it (a row with no 重点任务 label), so rows, even whole pages, may print several
    /// columns left of the header, and the lines of one row share their shift.
    /// </summary>
    private const double ShiftCost = 3;

    /// <summary>
    /// How far left of the header each line printed: the sequence of shifts that places every run
    /// best, a change between lines costing <see cref="ShiftCost"/> (dynamic programming over lines
    /// × shifts). A line shifts only because the columns left of 具体工作 are empty beside it, so the
    /// shifts tried are those that put a line's first run, printed left of the 具体工作 column, on
    /// that column's edge.
    /// </summary>
    private static int[] Shifts(List<List<LayoutRun>> lines, int[] edges, int text)
    {
        var states = text <= 0 ? [0] : lines.Where(l => l.Count > 0 && !l[0].Glued && l[0].Start < edges[text] - 1)
            .Select(l => edges[text] - l[0].Start).Append(0).Distinct().Order().ToArray();
        var cost = states.Select(s => s == 0 ? 0.0 : ShiftCost).ToArray();
        var from = new int[lines.Count, states.Length];
        for (var l = 0; l < lines.Count; l++)
        {
            var (stay, leave) = (cost, cost.Select((c, i) => (c, i)).MinBy(x => x.c));
            var next = new double[states.Length];
            for (var k = 0; k < states.Length; k++)
            {
                var (previous, origin) = stay[k] <= leave.c + ShiftCost ? (stay[k], k) : (leave.c + ShiftCost, leave.i);
                Place(lines[l], edges, states[k], out var place);
                next[k] = previous + place;
                from[l, k] = origin;
            }
            cost = next;
        }
        var result = new int[lines.Count];
        if (lines.Count == 0) return result;
        var state = Array.IndexOf(cost, cost.Min());
        for (var l = lines.Count - 1; l >= 0; l--)
        {
            result[l] = states[state];
            state = from[l, state];
        }
        return result;
    }

    /// <summary>
    /// The columns of a line's runs: increasing from left to right, each positioned run near its
    /// column's edge and not past the next one, a glued run in the column after the one before it
    /// (found by dynamic programming over runs × columns; two runs share a column only when nothing
    /// else fits). <paramref name="shift"/>: how far left of the header the line printed.
    /// </summary>
    private static int[] Place(List<LayoutRun> runs, int[] edges, int shift, out double total)
    {
        int n = runs.Count, m = edges.Length;
        var cost = new double[n + 1, m];
        var from = new int[n + 1, m];
        double Place(int i, int k, int prev)
        {
            if (runs[i].Glued && i > 0) return k == Math.Min(prev + 1, m - 1) ? 0 : 2 + Math.Abs(k - prev - 1);
            var start = runs[i].Start + shift;
            // A cell never runs past the next column's edge.
            var over = k + 1 < m ? Math.Max(0, start + runs[i].Width - edges[k + 1] - 1) : 0;
            return Math.Abs(start - edges[k]) + (start < edges[k] - 1 ? 1 : 0) + over;
        }
        for (var k = 0; k < m; k++) cost[0, k] = 0;
        for (var i = 0; i < n; i++)
            for (var k = 0; k < m; k++)
            {
                var best = double.PositiveInfinity;
                for (var prev = 0; prev < m; prev++)
                {
                    if (i == 0 && prev > 0) break;
                    // Strictly increasing, except that the last column may take what is left (a penalty).
                    var order = i == 0 ? 0 : k > prev ? 0 : k == prev ? 4 : double.PositiveInfinity;
                    var c = (i == 0 ? 0 : cost[i, prev]) + order + Place(i, k, i == 0 ? -1 : prev);
                    if (c < best) { best = c; from[i + 1, k] = prev; }
                }
                cost[i + 1, k] = best;
            }
        var result = new int[n];
        total = 0;
        if (n == 0) return result;
        var end = 0;
        for (var k = 1; k < m; k++) if (cost[n, k] < cost[n, end]) end = k;
        total = cost[n, end];
        for (var i = n; i >= 1; i--) { result[i - 1] = end; end = from[i, end]; }
        return result;
    }

    /// <summary>
    /// A cell never runs past the next column's edge, so a run that crosses an edge holds two cells
    /// pdftotext set one space apart (推 2021 年, 2021 年 1 区司法局). pdftotext sets them that close
    /// only when the first cell's line is full, and its positions drift by several places along a
    /// line, so the cut is at the single space after which the first part is as wide as the
    /// column's widest line that crosses nothing, or one less. A run with no such space is left whole.
    /// </summary>
    private static IEnumerable<LayoutRun> SplitAtEdges(List<LayoutRun> runs, int[] edges, IReadOnlyList<int> widest, bool display)
    {
        foreach (var run in runs)
        {
            var rest = run;
            for (var k = ColumnAt(edges, rest.Start); k + 1 < edges.Length && rest.End > edges[k + 1] + 1; k++)
            {
                var cut = -1;
                for (var i = 1; i + 1 < rest.Text.Length; i++)
                {
                    if (rest.Text[i] != ' ' || rest.Text[i - 1] == ' ' || rest.Text[i + 1] == ' ') continue;
                    var width = Width(rest.Text.AsSpan(0, i), display);
                    if (width <= widest[k] && width >= widest[k] - 1) cut = i;
                }
                if (cut < 0) break;
                var at = rest.Start + Width(rest.Text.AsSpan(0, cut + 1), display);
                yield return rest with { Text = rest.Text[..cut], Width = Width(rest.Text.AsSpan(0, cut), display) };
                rest = new LayoutRun(at, rest.Text[(cut + 1)..]) { Width = rest.End - at };
            }
            yield return rest;
        }
    }

    /// <summary>Per column, the width of its widest run that starts in it and ends before the next column's edge.</summary>
    private static int[] WidestInColumn(IEnumerable<LayoutRun> runs, int[] edges)
    {
        var widest = new int[edges.Length];
        foreach (var run in runs.Where(r => !r.Glued))
        {
            var k = ColumnAt(edges, run.Start);
            if (k + 1 >= edges.Length || run.End <= edges[k + 1] + 1) widest[k] = Math.Max(widest[k], run.Width);
        }
        return widest;
    }

    private static int ColumnAt(int[] edges, int start) => Math.Max(0, Array.FindLastIndex(edges, e => e <= start + 1));

    private static int Width(ReadOnlySpan<char> text, bool display) => display ? LayoutRuns.DisplayWidth(text) : text.Length;

    /// <summary>
    /// A unit cell never holds digits, but a date in the next column may follow it after a single
    /// space (区住 2021 年): such a run is cut before the digits, the date glued to the unit text.
    /// </summary>
    private static IEnumerable<LayoutRun> SplitUnitsFromDates(List<LayoutRun> runs, int[] edges, IReadOnlyList<TaskColumn> columns)
    {
        var column = -1;
        foreach (var run in runs)
        {
            column = run.Glued && column >= 0 ? column + 1 : Math.Max(column, Math.Max(0, Array.FindLastIndex(edges, e => e <= run.Start + 1)));
            var cut = run.Text.IndexOf(' ', StringComparison.Ordinal);
            while (cut > 0 && !(cut + 1 < run.Text.Length && char.IsAsciiDigit(run.Text[cut + 1]) && CjkText.IsCjk(run.Text[cut - 1])))
                cut = run.Text.IndexOf(' ', cut + 1);
            var isUnits = column < columns.Count && columns[column] is TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible;
            if (!isUnits || cut <= 0 || column + 1 >= columns.Count || columns[column + 1] != TaskColumn.Deadline)
            {
                yield return run;
                continue;
            }
            yield return run with { Text = run.Text[..cut], Width = run.Width * cut / run.Text.Length };
            yield return new LayoutRun(run.Start + run.Width * (cut + 1) / run.Text.Length, run.Text[(cut + 1)..]) { Glued = true };
            column++;
        }
    }

    /// <summary>A line printed first on two pages or more with the same text is a running head, not a cell.</summary>
    private static void DropRunningHeads(List<PageLines> pages)
    {
        if (pages.Count < 2) return;
        var heads = pages.Where(p => p.Lines.Count > 0 && p.Lines[0].Runs.Count == 1)
            .GroupBy(p => p.Lines[0].Runs[0].Text).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
            if (page.Lines.Count > 0 && page.Lines[0].Runs.Count == 1 && heads.Contains(page.Lines[0].Runs[0].Text))
                page.Lines.RemoveAt(0);
    }
}
