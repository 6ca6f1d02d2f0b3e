using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Which default-mode unit and deadline fields the stream itself vouches for. The default mode
/// prints cells apart from their rows, so a field is only sure where the stream printed its row
/// whole and in order: the row's 具体工作 is one cell ending its sentence; the cells printed after
/// it, up to the next 具体工作 cell, are one or two unit cells then exactly one deadline cell; each
/// of them fits the widths the document's own wrapped lines give its columns (a cell holding a
/// stray line of another reads too wide or breaks short); the cells printed before it on the page
/// number one deadline per row before it (otherwise the cells after it may be an earlier row's);
/// and the assembler put exactly those cells on the row. Every other unit or deadline field is
/// the alignment's guess and is warned.
/// </summary>
internal static class DefaultEvidence
{
    /// <summary>Widths (em) the document's wrapped lines give: the 牵头单位 column's, the widest unit line's, the 完成时限 column's (0 when unknown).</summary>
    public sealed record Widths(double Lead, double Unit, double Deadline);

    public static HashSet<(PdfRow, TaskColumn)> Vouched(IReadOnlyList<(PdfRow Row, DefaultCell Cell)> rows, IReadOnlyList<DefaultCell> cells,
        IReadOnlyList<TaskColumn> columns, Widths widths)
    {
        var vouched = new HashSet<(PdfRow, TaskColumn)>();
        var lead = columns.Contains(TaskColumn.Lead) ? TaskColumn.Lead : TaskColumn.Responsible;
        var hasSupport = columns.Contains(TaskColumn.Support);
        var pages = cells.GroupBy(c => c.Page).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Order).ToList());
        foreach (var (row, text) in rows)
        {
            // One cell, read whole: a row joined over a page break or a cell not ending its sentence may hold another row's lines.
            if (row.Text.Count != text.Lines.Count || text.Gathered || !LineEnd.EndsSentence(text.Lines[^1].Text)) continue;
            if (!pages.TryGetValue(text.Page, out var stream)) continue;
            var at = stream.IndexOf(text);
            if (at < 0) continue;
            if (DefaultRowAssembler.Segment(stream, at) is not { } segment) continue;
            var units = segment.SkipLast(1).ToList();
            if (units.Count == 2 && !hasSupport) continue;
            if (!CountsAgree(stream, at)) continue;
            // The narrower unit column's width: a wrapped line of either column runs at least that far.
            var full = new[] { widths.Lead, widths.Unit }.Where(w => w > 0).DefaultIfEmpty(0).Min();
            if (units.Any(u => !Fits(u, full, widths.Unit)) || !Fits(segment[^1], widths.Deadline, widths.Deadline)) continue;
            bool Holds(TaskColumn column, DefaultCell? cell) => cell is null
                ? row.Groups(column).Count == 0
                : row.Groups(column) is [var g] && g.Pieces.Count == cell.Lines.Count && g.Pieces[0] == cell.Lines[0];
            if (!Holds(lead, units[0]) || !Holds(TaskColumn.Deadline, segment[^1])) continue;
            if (hasSupport && !Holds(TaskColumn.Support, units.Count == 2 ? units[1] : null)) continue;
            vouched.Add((row, lead));
            vouched.Add((row, TaskColumn.Deadline));
            if (hasSupport) vouched.Add((row, TaskColumn.Support));
        }
        return vouched;
    }

    /// <summary>
    /// Before the 具体工作 cell at <paramref name="at"/>, each row printed on the page (each 具体工作
    /// cell, and the row ending at the page's top when cells come before the first one) printed
    /// exactly one deadline and one or two unit cells; otherwise cells are printed out of their rows
    /// and those after this cell may belong to an earlier row.
    /// </summary>
    private static bool CountsAgree(List<DefaultCell> stream, int at)
    {
        var before = stream.Take(at).ToList();
        var rows = before.Count(c => c.Kind == TaskColumn.Text);
        // Cells above the page's first 具体工作 cell end the row the previous page began.
        if (before.Count > 0 && before[0].Kind != TaskColumn.Text) rows++;
        var deadlines = before.Count(c => c.Kind == TaskColumn.Deadline);
        var units = before.Count(c => c.Kind == TaskColumn.Lead);
        return deadlines == rows && units >= rows && units <= 2 * rows;
    }

    /// <summary>
    /// A cell fits its column: no line wider than the widest of its kind, and every line but the
    /// last ran to the column's width (a short line ended the cell, so lines after it are another
    /// cell's). Widths of 0 say nothing.
    /// </summary>
    private static bool Fits(DefaultCell cell, double full, double widest)
    {
        if (widest > 0 && cell.Lines.Any(p => PrintedWidth.Of(p.Text) > widest + 0.5)) return false;
        return full <= 0 || cell.Lines.SkipLast(1).All(p => !LineEnd.EndsShortCell(p.Text, full));
    }
}
