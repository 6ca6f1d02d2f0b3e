using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PolicyParse.Model;

namespace PolicyParse.Output;

/// <summary>One row per task, unit lists joined with 、, for spreadsheets.</summary>
public sealed class CsvNoticeWriter(WriterOptions options) : INoticeWriter
{
    public OutputFormat Format => OutputFormat.Csv;

    public string Extension => ".csv";

    private sealed record Row(
        int Index, string KeyTaskNumber, string KeyTaskOrdinal, string KeyTaskTitle, string Text,
        string Lead, string Support, string Deadline, string DeadlineKind, string DeadlineDate, bool Ongoing,
        string Origin, string Warnings);

    public void Write(NoticeDocument document, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(options.Utf8Bom), leaveOpen: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, config);
        csv.WriteRecords(document.Tasks.Select(ToRow));
    }

    private static Row ToRow(TaskItem t) => new(
        t.Index,
        t.KeyTask?.Number ?? "",
        t.KeyTask?.Ordinal?.ToString(CultureInfo.InvariantCulture) ?? "",
        t.KeyTask?.Title ?? "",
        t.Text,
        string.Join("、", t.Lead),
        string.Join("、", t.Support),
        t.Deadline.Text,
        t.Deadline.Kind,
        t.Deadline.Date ?? "",
        t.Deadline.Ongoing,
        t.Origin.ToString(),
        string.Join("; ", t.Warnings.Select(w => $"{w.Field}: {w.Message}")));
}
