using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>Turns rebuilt rows into the reconstructor's rows: key task from the body, cell texts, warnings.</summary>
internal static class PdfRows
{
    public static TableCandidate? ToCandidate(string strategy, IReadOnlyList<TaskColumn> columns, IReadOnlyList<PdfRow> rows,
        TableContext context, Origin start)
    {
        if (rows.Count == 0) return null;
        var body = context.Body;
        var assigned = KeyTaskAssigner.Assign(rows.Select(r => r.JoinedText).ToList(), body);
        var keyTasks = assigned.Select(a => a.KeyTask).ToList();
        for (var i = 0; i < rows.Count; i++)
            if (!assigned[i].Certain)
                rows[i].Warn("keyTask", "keyTask.unaligned", "the 具体工作 text is not in the body and its neighbours belong to different key tasks");
        var raw = new List<RawRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var cells = new Dictionary<TaskColumn, string>();
            foreach (var column in columns)
            {
                if (column is TaskColumn.Unknown or TaskColumn.KeyTask or TaskColumn.Text) continue;
                cells[column] = row.Cell(column);
            }
            cells[TaskColumn.Text] = row.JoinedText;
            if (columns.Contains(TaskColumn.KeyTask) || keyTasks[i] is not null)
                cells[TaskColumn.KeyTask] = keyTasks[i] is { } s ? KeyTaskLabels.Format(s) : "";
            raw.Add(new RawRow(cells, context.Lines[row.First].Origin, row.Warnings.ToList(), keyTasks[i]));
        }
        var score = raw.Count(r => r.Warnings.Count == 0) / (double)raw.Count;
        return new TableCandidate(strategy, columns, raw, start, score);
    }

    /// <summary>True when a unit or deadline cell cut in two reads whole only once its parts are joined.</summary>
    public static bool JoinCompletes(TaskColumn column, string before, string after) => column switch
    {
        TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible => !IsCompleteUnitList(before) && IsCompleteUnitList(before + after),
        TaskColumn.Deadline => !DeadlineWords.LooksLikeDeadline(before) && DeadlineWords.LooksLikeDeadline(before + after),
        _ => false,
    };

    /// <summary>True when a unit cell's text reads as complete unit names (its last part ends like a name).</summary>
    public static bool IsCompleteUnitList(string text)
    {
        var t = CjkText.NormalizeSpacing(text);
        if (t.Length == 0 || "、，,；;".Contains(t[^1])) return false;
        return UnitNames.IsUnitList(t);
    }
}
