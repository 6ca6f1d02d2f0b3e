using PolicyParse.Lexicon;
using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Tables.ColumnDump;

/// <summary>
/// Task tables whose text was dumped from a PDF column by column per page (docs/domain.md#pdf-column-dump):
/// the 具体工作 cells, then runs of 牵头单位 and 配合单位 cells, then 完成时限 cells, merged cells
/// printed once, some rows interleaved, labels glued onto text. Key tasks come from aligning each
/// row with the body; unit and deadline runs are aligned with the rows, and every cell whose place
/// the counts cannot decide carries a warning.
/// </summary>
internal sealed partial class ColumnDumpStrategy : ITableStrategy
{
    public string Name => "pdf-column-dump";

    [GeneratedRegex(@"^(文件下载|附件下载|相关附件|扫一扫|打印本页|关闭窗口|抄\s*送)")]
    private static partial Regex RegionEnd();

    public TableCandidate? TryReconstruct(TableContext context)
    {
        if (context.Tables.Count > 0) return null;
        var lines = context.Lines;
        var header = FindHeader(lines, context.BodyEnd);
        if (header < 0) return null;
        var end = header + 1;
        while (end < lines.Count && !RegionEnd().IsMatch(lines[end].Text)) end++;
        var region = lines.Skip(header + 1).Take(end - header - 1).ToList();
        if (!LooksLikeColumnDump(region)) return null;

        var body = context.Body;
        var items = new DumpLineReader(new KeyTaskLabels(body), body).Read(region);
        var pages = DumpPageBuilder.Build(items, (head, tail) => body.LongestBodyPrefix(head + tail) >= head.Length + Math.Min(tail.Length, 4),
            (text, line) => body.StartsSentence(line) && !body.ReadsAcross(text, line));
        var rows = pages.SelectMany(p => p.Rows).ToList();
        if (rows.Count == 0) return null;

        var keyTasks = KeyTaskAssigner.Assign(rows.Select(r => r.Text).ToList(), body);
        for (var i = 0; i < rows.Count; i++) (rows[i].KeyTask, rows[i].KeyTaskCertain) = (keyTasks[i].KeyTask, keyTasks[i].Certain);
        var frequency = pages.SelectMany(p => p.UnitItems.Select(i => i.Text).Concat(p.Deadlines))
            .GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        foreach (var page in pages) DumpColumnAligner.Align(page, v => frequency.GetValueOrDefault(v));
        foreach (var row in rows.Where(r => r.Printed is { Text.Length: > 0 } && r.KeyTask is not null && body.Coverage(r.Text, r.KeyTask) < 0.9))
            row.Warnings.Add(new FieldWarning("text", "text.interleaved", "this row was printed interleaved with its unit cells and could not be fully separated"));

        var columns = new[] { TaskColumn.KeyTask, TaskColumn.Text, TaskColumn.Lead, TaskColumn.Support, TaskColumn.Deadline };
        var raw = rows.Select(ToRawRow).ToList();
        return new TableCandidate(Name, columns, raw, lines[header].Origin, Score: 0.5);
    }

    private static RawRow ToRawRow(DumpRow row)
    {
        var warnings = new List<FieldWarning>(row.Warnings);
        if (!row.KeyTaskCertain)
            warnings.Add(new FieldWarning("keyTask", "keyTask.unaligned", "the row's text is not in the body and its neighbours belong to different key tasks"));
        var label = row.KeyTask is { } s ? KeyTaskLabels.Format(s) : "";
        var cells = new Dictionary<TaskColumn, string>
        {
            [TaskColumn.KeyTask] = label,
            [TaskColumn.Text] = CjkText.NormalizeSpacing(row.Text),
            [TaskColumn.Lead] = row.Lead ?? "",
            [TaskColumn.Support] = row.Support ?? "",
            [TaskColumn.Deadline] = row.Deadline ?? "",
        };
        return new RawRow(cells, row.Origin, warnings, row.KeyTask);
    }

    /// <summary>The header on one line (重点任务 具体工作 …), not as tab cells, after the body.</summary>
    private static int FindHeader(IReadOnlyList<TextLine> lines, int bodyEnd)
    {
        for (var i = Math.Max(bodyEnd, 0); i < lines.Count; i++)
            if (lines[i].Kind == LineKind.TableHeader && !lines[i].Raw.Contains('\t'))
                return i;
        return -1;
    }

    /// <summary>
    /// A dump has long runs of lines that are whole unit or deadline cells; a layout-preserving
    /// extraction (pdftotext -layout) instead aligns columns with runs of spaces.
    /// </summary>
    private static bool LooksLikeColumnDump(IReadOnlyList<TextLine> region)
    {
        var nonBlank = region.Where(l => !l.IsBlank).ToList();
        if (nonBlank.Count < 5) return false;
        var cellLines = nonBlank.Count(l => l.Shape is LineShape.UnitList or LineShape.Deadline or LineShape.EmptyMarker);
        var aligned = nonBlank.Count(l => l.Raw.Trim().Contains("   "));
        return cellLines >= nonBlank.Count / 4 && aligned <= nonBlank.Count / 7;
    }
}
