using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;
using PolicyParse.Model;

namespace PolicyParse.Serialization;

/// <summary>One row per task, unit lists joined with 、, for spreadsheets.</summary>
internal sealed class CsvNoticeWriter(WriterOptions options) : INoticeWriter
{
    public OutputFormat Format => OutputFormat.Csv;

    public string Extension => ".csv";

    // Header names follow the JSON field names so scripts can treat both outputs alike.
    private sealed record Row(
        [property: Name("index")] int Index,
        [property: Name("keyTaskNumber")] string KeyTaskNumber,
        [property: Name("keyTaskOrdinal")] string KeyTaskOrdinal,
        [property: Name("keyTaskTitle")] string KeyTaskTitle,
        [property: Name("text")] string Text,
        [property: Name("lead")] string Lead,
        [property: Name("support")] string Support,
        [property: Name("deadline")] string Deadline,
        [property: Name("deadlineKind")] string DeadlineKind,
        [property: Name("deadlineDate")] string DeadlineDate,
        [property: Name("ongoing")] string Ongoing,
        [property: Name("milestones")] string Milestones,
        [property: Name("origin")] string Origin,
        [property: Name("warnings")] string Warnings);

    public void Write(NoticeDocument document, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(options.Utf8Bom), leaveOpen: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, config);
        csv.WriteRecords(document.Tasks.Select(ToRow));
    }

    /// <summary>A deadline's milestones in one cell: <c>2022年4月前市级完成 (2022-04); 6月前区县完成 (2022-06)</c>.</summary>
    internal static string Milestones(Deadline deadline) =>
        string.Join("; ", deadline.Milestones.Select(m => m.Date is null ? m.Text : $"{m.Text} ({m.Date})"));

    private static Row ToRow(TaskItem t) => new(
        t.Index,
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
        string.Join("; ", t.Warnings.Select(w => $"{w.Field}: {w.Message}")));
}
