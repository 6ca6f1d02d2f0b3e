using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// The default mode prints cells apart from their rows, so a rebuilt field is only as good as the
/// evidence that put it there. A unit or deadline field the stream did not confirm (printed with
/// its row, or exactly where the alignment put it) is warned even where both readings agree (unless both neighbouring rows hold the same value, confirmed on one), and
/// so is one that does not read whole; a 具体工作 cell that does not end its sentence, or holds a
/// full line ending one before more lines (two rows' cells read as one), is warned too.
/// </summary>
internal static class DefaultChecks
{
    public static void WarnUnconfirmed(IReadOnlyList<PdfRow> rows, IReadOnlyList<TaskColumn> columns,
        IReadOnlySet<(PdfRow, TaskColumn)> confirmed, double textCapacity)
    {
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];
            foreach (var column in columns.Where(c => c is TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible or TaskColumn.Deadline))
            {
                var field = column.FieldName();
                var value = CjkText.NormalizeSpacing(row.Cell(column));
                if (!confirmed.Contains((row, column)) && !SameBothSides(rows, index, column, value, confirmed))
                    row.Warn(field, $"{field}.unconfirmed", $"pdftotext printed this {field} cell apart from its row and nothing confirms the row it was put on");
                else if (value.Length > 0 && !CjkText.IsEmptyMarker(value) && !ReadsWhole(column, value))
                    row.Warn(field, $"{field}.partial", $"this {field} cell does not read whole: part of it may sit on another row");
            }
            var text = row.Text;
            if (text.Count == 0) continue;
            if (!LineEnd.EndsSentence(text[^1].Text))
                row.Warn("text", "text.unended", "this 具体工作 cell does not end a sentence: its rest may have been put on another row");
            // A full line ending a sentence may have ended the cell: the lines after it may be another row's.
            else if (text.SkipLast(1).Any(p => LineEnd.OfProse(p.Text, textCapacity) == LineEndKind.Unsure))
                row.Warn("text", "text.mayJoinRows", "a line of this 具体工作 cell ends a sentence at full width: the lines after it may belong to another row");
        }
    }

    /// <summary>
    /// A shift by one row would read the same: both neighbours hold this (whole, non-empty) value,
    /// and the stream confirms it on one of them. Unconfirmed runs of one value are no evidence: a
    /// whole column read as another (配合单位 cells taken for 牵头单位) repeats its value too.
    /// </summary>
    private static bool SameBothSides(IReadOnlyList<PdfRow> rows, int index, TaskColumn column, string value, IReadOnlySet<(PdfRow, TaskColumn)> confirmed)
    {
        if (value.Length == 0 || !ReadsWhole(column, value)) return false;
        var neighbours = new[] { index - 1, index + 1 }.Where(n => n >= 0 && n < rows.Count).Select(n => rows[n]).ToList();
        return neighbours.All(n => CjkText.NormalizeSpacing(n.Cell(column)) == value) && neighbours.Any(n => confirmed.Contains((n, column)));
    }

    private static bool ReadsWhole(TaskColumn column, string value) => column == TaskColumn.Deadline
        ? DeadlineWords.LooksLikeDeadline(value)
        : PdfRows.IsCompleteUnitList(value);
}
