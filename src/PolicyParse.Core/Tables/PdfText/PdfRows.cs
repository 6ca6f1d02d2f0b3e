using PolicyParse.Model;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>Turns rebuilt rows into the reconstructor's rows: key task from the body, cell texts, warnings.</summary>
public static class PdfRows
{
    public static TableCandidate? ToCandidate(string strategy, IReadOnlyList<TaskColumn> columns, IReadOnlyList<PdfRow> rows,
        TableContext context, Origin start)
    {
        if (rows.Count == 0) return null;
        var body = new BodyIndex(context.Sections);
        var keyTasks = new KeyTaskResolver(body).Resolve(rows);
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
                cells[TaskColumn.KeyTask] = keyTasks[i] is { } s ? KeyTaskResolver.Label(s) : "";
            raw.Add(new RawRow(cells, context.Lines[row.First].Origin, row.Warnings.ToList()));
        }
        var score = raw.Count(r => r.Warnings.Count == 0) / (double)raw.Count;
        return new TableCandidate(strategy, columns, raw, start, score);
    }

    /// <summary>True when a unit cell's text reads as complete unit names (its last part ends like a name).</summary>
    public static bool IsCompleteUnitList(string text)
    {
        var t = CjkText.NormalizeSpacing(text);
        if (t.Length == 0 || "、，,；;".Contains(t[^1])) return false;
        return Normalization.UnitListParser.IsUnitList(t);
    }
}
