using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>A header cell of a -layout table: its column and where its name is printed.</summary>
internal sealed record LayoutColumn(TaskColumn Column, int Start, int End);

/// <summary>The table header as `pdftotext -layout` prints it on one page, with the lines it takes.</summary>
internal sealed record LayoutHeader(IReadOnlyList<LayoutColumn> Columns, int FirstLine, int LastLine)
{
    /// <summary>
    /// Reads the header around a line that names three or more columns. A name wrapped in its
    /// cell (完成时 / 限) prints above and below that line; such fragments join the names they
    /// stack with, and a neighbouring line belongs to the header only if all its runs do.
    /// </summary>
    public static LayoutHeader? Read(IReadOnlyList<TextLine> lines, int index, bool display = false)
    {
        var line = lines[index];
        if (!LayoutRuns.HasWideGaps(line.Raw)) return null;

        // Two whole names at least (the others may be wrapped above and below), and nothing longer
        // than a name's fragment beside them. In narrow columns every name may wrap (序 / 号, 完成时
        // / 限, 牵头 / 单位): a line of fragments only, each of which must then complete a name.
        var rows = new List<(int Line, List<LayoutRun> Runs)> { (index, LayoutRuns.Split(line.Raw, display)) };
        var named = rows[0].Runs.Count(r => ColumnHeader.Classify(r.Text) != TaskColumn.Unknown);
        var fragments = named < 2;
        if (line.Kind != LineKind.TableHeader && rows[0].Runs.Any(r => r.Text.Length > (fragments ? 4 : 6))) return null;
        if (fragments && rows[0].Runs.Count < 3) return null;

        // Neighbours up to two printed lines away (blank lines between are skipped); a neighbour
        // stays only if every run of it completes a header name (the farthest offender is dropped first).
        var neighbours = new List<(int Line, List<LayoutRun> Runs)>();
        for (var dir = -1; dir <= 1; dir += 2)
        {
            var taken = 0;
            for (var k = index + dir; taken < 2 && Math.Abs(k - index) <= 4 && k >= 0 && k < lines.Count; k += dir)
            {
                // A header never runs over a page break (each page starts with a form feed).
                if (lines[dir < 0 ? k + 1 : k].Raw.Contains('\f')) break;
                if (lines[k].IsBlank) continue;
                neighbours.Add((k, LayoutRuns.Split(lines[k].Raw, display)));
                taken++;
            }
        }
        while (true)
        {
            var stacks = Stacks(rows.Concat(neighbours).ToList());
            var offender = neighbours
                .Where(n => n.Runs.Any(r => stacks.First(s => s.Runs.Contains(r)).Column == TaskColumn.Unknown))
                .OrderByDescending(n => Math.Abs(n.Line - index))
                .FirstOrDefault();
            if (offender.Runs is null) break;
            neighbours.Remove(offender);
        }
        rows.AddRange(neighbours);

        var stacked = Stacks(rows);
        if (fragments && rows[0].Runs.Any(r => stacked.First(s => s.Runs.Contains(r)).Column == TaskColumn.Unknown)) return null;
        var columns = stacked
            .Where(s => s.Column != TaskColumn.Unknown)
            .Select(s => new LayoutColumn(s.Column, s.Start, s.End))
            .OrderBy(c => c.Start)
            .ToList();
        if (!ColumnHeader.IsTaskTable(columns.Select(c => c.Column).ToList())) return null;
        return new LayoutHeader(columns, rows.Min(r => r.Line), rows.Max(r => r.Line));
    }

    private sealed record Stack(List<LayoutRun> Runs, int Start, int End, TaskColumn Column);

    /// <summary>
    /// Groups runs that overlap or nearly touch horizontally on different lines (a wrapped name's
    /// tail is centred under its head, and characters are narrower on the grid than on the page),
    /// and reads each group top to bottom as one name.
    /// </summary>
    private static List<Stack> Stacks(List<(int Line, List<LayoutRun> Runs)> rows)
    {
        var groups = rows.SelectMany(r => r.Runs.Select(run => new List<(int Line, LayoutRun Run)> { (r.Line, run) })).ToList();
        static string Name(List<(int Line, LayoutRun Run)> g) => string.Concat(g.OrderBy(x => x.Line).ThenBy(x => x.Run.Start).Select(x => x.Run.Text));
        static bool IsName(List<(int Line, LayoutRun Run)> g) => ColumnHeader.Classify(Name(g)) != TaskColumn.Unknown;
        static (double Centre, double Width) Span(List<(int Line, LayoutRun Run)> g)
        {
            var (lo, hi) = (g.Min(x => x.Run.Start), g.Max(x => x.Run.End));
            return ((lo + hi) / 2.0, hi - lo);
        }
        // A glued run (one space after the run before it) prints left of its place on the page, so
        // the tail wrapped under it can stand farther right than the tolerance: it joins when it
        // stands right of the run's start and the two make a name.
        static bool GluedHeadOf(List<(int Line, LayoutRun Run)> head, List<(int Line, LayoutRun Run)> tail) =>
            head.Any(x => x.Run.Glued) && tail.Min(x => x.Run.Start) >= head.Min(x => x.Run.Start)
            && head.Min(x => x.Line) < tail.Min(x => x.Line) && IsName([.. head, .. tail]);
        while (true)
        {
            // The closest pair of groups on different lines that may be one name: two whole names
            // never join, and a whole name takes a fragment only if the two make a name again.
            (int A, int B, double Distance) best = (-1, -1, double.MaxValue);
            for (var a = 0; a < groups.Count; a++)
                for (var b = a + 1; b < groups.Count; b++)
                {
                    var (ga, gb) = (groups[a], groups[b]);
                    if (ga.Any(x => gb.Any(y => y.Line == x.Line))) continue;
                    var (ca, wa) = Span(ga);
                    var (cb, wb) = Span(gb);
                    var d = Math.Abs(ca - cb);
                    if (d >= best.Distance) continue;
                    if (d > (wa + wb) / 2.0 + 2 && !GluedHeadOf(ga, gb) && !GluedHeadOf(gb, ga)) continue;
                    var (na, nb) = (IsName(ga), IsName(gb));
                    if (na && nb) continue;
                    if ((na || nb) && !IsName([.. ga, .. gb])) continue;
                    best = (a, b, d);
                }
            if (best.A < 0) break;
            groups[best.A].AddRange(groups[best.B]);
            groups.RemoveAt(best.B);
        }
        return groups.Select(g =>
        {
            var ordered = g.OrderBy(x => x.Line).ThenBy(x => x.Run.Start).ToList();
            return new Stack(ordered.Select(x => x.Run).ToList(), g.Min(x => x.Run.Start), g.Max(x => x.Run.End), ColumnHeader.Classify(Name(g)));
        }).ToList();
    }
}
