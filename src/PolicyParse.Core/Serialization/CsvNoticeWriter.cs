using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using PolicyParse.Model;

namespace PolicyParse.Serialization;

/// <summary>One row per task, unit lists joined with 、, for spreadsheets.</summary>
internal sealed class CsvNoticeWriter(WriterOptions options) : INoticeWriter
{
    public OutputFormat Format => OutputFormat.Csv;

    public string Extension => ".csv";

    // Header names follow the JSON field names so scripts can treat both outputs alike.
    private static readonly string[] Header =
        ["index", "keyTaskNumber", "keyTaskOrdinal", "keyTaskTitle", "text", "lead", "support",
         "deadline", "deadlineKind", "deadlineDate", "ongoing", "origin", "warnings"];

    public void Write(NoticeDocument document, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(options.Utf8Bom), leaveOpen: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, config);
        // Fields are written one by one as strings: no record mapping, so no reflection (native AOT).
        foreach (var name in Header) csv.WriteField(name);
        csv.NextRecord();
        foreach (var task in document.Tasks)
        {
            foreach (var field in Fields(task)) csv.WriteField(field);
            csv.NextRecord();
        }
    }

    private static string[] Fields(TaskItem t) =>
    [
        t.Index.ToString(CultureInfo.InvariantCulture),
        t.KeyTask?.Number ?? "",
        t.KeyTask?.Ordinal?.ToString(CultureInfo.InvariantCulture) ?? "",
        t.KeyTask?.Title ?? "",
        t.Text,
        string.Join("、", t.Lead),
        string.Join("、", t.Support),
        t.Deadline.Text,
        t.Deadline.Kind,
        t.Deadline.Date ?? "",
        t.Deadline.Ongoing ? "true" : "false",
        t.Origin.ToString(),
        string.Join("; ", t.Warnings.Select(w => $"{w.Field}: {w.Message}")),
    ];
}
