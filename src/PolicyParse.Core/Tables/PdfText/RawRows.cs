using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>Turns the segmenter's cells into rows with their doubts attached.</summary>
internal static class RawRows
{
    public static List<PdfRow> Build(IReadOnlyList<RawChunk> chunks, IReadOnlyList<TaskColumn> columns, List<List<RawCell>> rows)
    {
        var result = new List<PdfRow>();
        foreach (var cells in rows)
        {
            var firstText = cells.FirstOrDefault(c => columns[c.Column] == TaskColumn.Text);
            if (firstText is null) continue;
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
        return result;
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
