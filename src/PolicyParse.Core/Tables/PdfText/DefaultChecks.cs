using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// The default mode prints cells apart from their rows, so a rebuilt field is only as good as the
/// evidence that put it there. A unit or deadline field the stream does not vouch for
/// (<see cref="DefaultEvidence"/>) is warned even where both readings agree (a run of one value
/// over neighbouring rows is no evidence: a column read one row off repeats it too), and so is
/// one that does not read whole; a 具体工作 cell that does not end its sentence, or holds a
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
                if (!confirmed.Contains((row, column)))
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

    private static bool ReadsWhole(TaskColumn column, string value) => column == TaskColumn.Deadline
        ? DeadlineWords.LooksLikeDeadline(value)
        : PdfRows.IsCompleteUnitList(value);
}
