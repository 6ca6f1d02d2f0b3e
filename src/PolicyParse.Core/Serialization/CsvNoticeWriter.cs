using System.Buffers;
using System.Globalization;
using System.Text;
using PolicyParse.Model;

namespace PolicyParse.Serialization;

/// <summary>One row per task, unit lists joined with 、, for spreadsheets.</summary>
/// <remarks>
/// RFC 4180 written by hand: CsvHelper's writer pulls its reflection-based record mapping into a
/// native AOT binary (trim warnings), and thirteen string fields per row need none of it. Quoting
/// follows CsvHelper's defaults, which the golden samples were made with: a field is quoted when it
/// holds a comma, a quote or a line break, or starts or ends with a space; quotes are doubled.
/// </remarks>
internal sealed class CsvNoticeWriter(WriterOptions options) : INoticeWriter
{
    public OutputFormat Format => OutputFormat.Csv;

    public string Extension => ".csv";

    // Header names follow the JSON field names so scripts can treat both outputs alike.
    private static readonly string[] Header =
        ["index", "keyTaskNumber", "keyTaskOrdinal", "keyTaskTitle", "text", "lead", "support",
         "deadline", "deadlineKind", "deadlineDate", "ongoing", "milestones", "origin", "warnings"];

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    public void Write(NoticeDocument document, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(options.Utf8Bom), leaveOpen: true);
        WriteRecord(writer, Header);
        foreach (var task in document.Tasks)
            WriteRecord(writer, Fields(task));
    }

    private static void WriteRecord(TextWriter writer, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, fields[i]);
        }
        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string field)
    {
        if (field.Length == 0 || (field.AsSpan().IndexOfAny(NeedsQuotes) < 0 && field[0] != ' ' && field[^1] != ' '))
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
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
