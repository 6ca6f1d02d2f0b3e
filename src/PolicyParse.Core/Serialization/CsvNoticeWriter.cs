using System.Globalization;
using System.Text;
using PolicyParse.Model;

namespace PolicyParse.Serialization;

/// <summary>One row per task, unit lists joined with 、, for spreadsheets.</summary>
/// <remarks>Records are written by <see cref="CsvRecords"/> (by hand, for native AOT).</remarks>
internal sealed class CsvNoticeWriter(WriterOptions options) : INoticeWriter
{
    public OutputFormat Format => OutputFormat.Csv;

    public string Extension => ".csv";

    // Header names follow the JSON field names so scripts can treat both outputs alike.
    private static readonly string[] Header =
        ["index", "keyTaskNumber", "keyTaskOrdinal", "keyTaskTitle", "text", "lead", "support",
         "deadline", "deadlineKind", "deadlineDate", "ongoing", "milestones", "origin", "warnings"];

    public void Write(NoticeDocument document, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(options.Utf8Bom), leaveOpen: true);
        CsvRecords.Write(writer, Header);
        foreach (var task in document.Tasks)
            CsvRecords.Write(writer, Fields(task));
    }

    /// <summary>A deadline's milestones in one cell: <c>2022年4月前市级完成 (2022-04); 6月前区县完成 (2022-06)</c>.</summary>
    internal static string Milestones(Deadline deadline) =>
        string.Join("; ", deadline.Milestones.Select(m => m.Date is null ? m.Text : $"{m.Text} ({m.Date})"));

    private static string[] Fields(TaskItem t) =>
    [
        t.Index.ToString(CultureInfo.InvariantCulture),
        t.KeyTask?.Number ?? "",
        t.KeyTask?.Ordinal?.ToString(CultureInfo.InvariantCulture) ?? "",
        t.KeyTask?.Title ?? "",
        t.Text,
        // A closing 等 is kept on the list in CSV, where there is no separate field for it.
        string.Join("、", t.Lead) + (t.LeadAndOthers ? "等" : ""),
        string.Join("、", t.Support) + (t.SupportAndOthers ? "等" : ""),
        t.Deadline.Text,
        t.Deadline.Kind,
        t.Deadline.Date ?? "",
        t.Deadline.Ongoing ? "true" : "false",
        Milestones(t.Deadline),
        t.Origin.ToString(),
        string.Join("; ", t.Warnings.Select(w => $"{w.Field}: {w.Message}")),
    ];
}
