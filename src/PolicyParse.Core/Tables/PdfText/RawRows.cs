using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>Turns the segmenter's cells into rows with their doubts attached.</summary>
internal static class RawRows
{
    /// <summary>The rows, and for each the index of the segmenter's row it came from.</summary>
    public static (List<PdfRow> Rows, List<int> From) Build(IReadOnlyList<RawChunk> chunks, IReadOnlyList<TaskColumn> columns, List<List<RawCell>> rows)
    {
        var result = new List<PdfRow>();
        var from = new List<int>();
        for (var index = 0; index < rows.Count; index++)
        {
            var cells = rows[index];
            var firstText = cells.FirstOrDefault(c => columns[c.Column] == TaskColumn.Text);
            if (firstText is null) continue;
            from.Add(index);
            var row = new PdfRow(PieceAt(chunks, columns, firstText, firstText.From));
            foreach (var cell in cells)
            {
                var column = columns[cell.Column];
                var pieces = Enumerable.Range(cell.From, cell.To - cell.From).Select(x => PieceAt(chunks, columns, cell, x)).ToList();
                if (column == TaskColumn.Text)
                    row.Text.AddRange(cell == firstText ? pieces.Skip(1) : pieces);
                else
                {
                    var group = new PieceGroup(column, pieces[0]);
                    group.Pieces.AddRange(pieces.Skip(1));
                    row.Add(group);
                }
            }
            Check(row, columns);
            result.Add(row);
        }
        DoubtMissingSupport(result, columns);
        return (result, from);
    }

    /// <summary>
    /// A row read with no lead cell, or with one that does not read as unit names, had its unit
    /// cells not read as cells (every task has a lead): they went to a neighbour or its lines were
    /// cut from one. Its empty 配合单位 is then no evidence of an empty cell where most of the rows
    /// whose lead was read whole print one.
    /// </summary>
    private static void DoubtMissingSupport(List<PdfRow> rows, IReadOnlyList<TaskColumn> columns)
    {
        if (!columns.Contains(TaskColumn.Lead) || !columns.Contains(TaskColumn.Support)) return;
        var read = rows.Where(LeadRead).ToList();
        var withSupport = read.Count(r => r.Groups(TaskColumn.Support).Count > 0);
        if (read.Count == 0 || withSupport * 2 < read.Count) return;
        foreach (var row in rows.Where(r => !LeadRead(r) && r.Groups(TaskColumn.Support).Count == 0))
            row.Warn("support", "support.missing",
                $"no 配合单位 cell was read in this row, whose lead cell was not read as unit names, while {withSupport} of the {read.Count} rows with a lead read have one");
    }

    private static bool LeadRead(PdfRow row)
    {
        var lead = row.Cell(TaskColumn.Lead);
        return row.Groups(TaskColumn.Lead).Count > 0 && (CjkText.IsEmptyMarker(lead) || PdfRows.IsCompleteUnitList(lead));
    }

    /// <summary>
    /// A row whose 具体工作 cell ends mid-sentence was started where the reading paid for it: its
    /// lines may be the rest of the cell printed just before it, on the row before.
    /// </summary>
    public static void DoubtUnendedStarts(IReadOnlyList<RawChunk> chunks, IReadOnlyList<TaskColumn> columns, List<List<RawCell>> rows,
        HashSet<(int Row, int Column)> doubtful)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            var text = string.Concat(rows[i].Where(c => columns[c.Column] == TaskColumn.Text).OrderBy(c => c.From)
                .SelectMany(c => Enumerable.Range(c.From, c.To - c.From)).Select(x => chunks[x].Text));
            if (text.Length == 0 || CjkText.EndsSentence(text) || rows[i - 1].Count == 0) continue;
            var before = rows[i - 1].MaxBy(c => c.To)!;
            doubtful.Add((i - 1, before.Column));
        }
    }

    /// <summary>
    /// Warns the fields a close runner-up reading reads otherwise (<c>*.closeReading</c>). Added to
    /// the candidate after its score: they doubt a field, not that the text is a -raw table.
    /// </summary>
    public static TableCandidate WithDoubts(TableCandidate candidate, List<int> from, IReadOnlyList<TaskColumn> columns,
        HashSet<(int Row, int Column)> doubtful)
    {
        var rows = candidate.Rows.Select((row, i) =>
        {
            var fields = doubtful.Where(d => d.Row == from[i]).Select(d => columns[d.Column].FieldName())
                .Where(f => f != "row" && !row.Warnings.Any(w => w.Field == f && w.Code == $"{f}.closeReading")).Distinct().ToList();
            if (fields.Count == 0) return row;
            return row with
            {
                Warnings = [.. row.Warnings, .. fields.Select(f => new FieldWarning(f, $"{f}.closeReading",
                    $"another reading of the table's lines into rows and cells costs nearly as much and reads this {f} otherwise"))],
            };
        }).ToList();
        return candidate with { Rows = rows };
    }

    private static Piece PieceAt(IReadOnlyList<RawChunk> chunks, IReadOnlyList<TaskColumn> columns, RawCell cell, int x) =>
        new(chunks[x].Line, chunks[x].Page, columns[cell.Column], chunks[x].Text);

    /// <summary>Cells whose text breaks their column's shape: the reading of least cost was still a poor one.</summary>
    private static void Check(PdfRow row, IReadOnlyList<TaskColumn> columns)
    {
        foreach (var column in columns.Where(c => c is TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible))
        {
            var text = row.Cell(column);
            var field = column.FieldName();
            if (text.Length > 0 && !CjkText.IsEmptyMarker(text) && !PdfRows.IsCompleteUnitList(text))
                row.Warn(field, $"{field}.shape", $"'{text}' does not read as complete unit names");
        }
        if (columns.Contains(TaskColumn.Lead) && row.Groups(TaskColumn.Lead).Count == 0)
            row.Warn("lead", "lead.missing", "no 牵头单位 cell was found in this row");
        var deadline = row.Cell(TaskColumn.Deadline);
        if (deadline.Length > 0 && !DeadlineWords.LooksLikeDeadline(deadline))
            row.Warn("deadline", "deadline.shape", $"'{deadline}' does not read as a deadline");
    }
}
