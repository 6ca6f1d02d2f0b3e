using System.Globalization;
using PolicyParse.Model;

namespace PolicyParse.Serialization.Xlsx;

/// <summary>
/// An Excel workbook for people who read tasks in a spreadsheet: a Tasks sheet (one row per task,
/// units joined with 、, the deadline as written and its date as a real date cell), a Notice sheet
/// (metadata and source) and a Warnings sheet (field warnings and diagnostics), packaged with the
/// OpenXML SDK.
/// </summary>
internal sealed class XlsxNoticeWriter : INoticeWriter
{
    public OutputFormat Format => OutputFormat.Xlsx;

    public string Extension => ".xlsx";

    // Header names as in the notices' own tables, with the JSON field in brackets for scripts.
    private static readonly string[] TaskHeaders =
    [
        "序号 index", "重点任务序号 keyTaskNumber", "重点任务 keyTask", "具体工作 text", "牵头单位 lead", "配合单位 support",
        "完成时限 deadline", "时限日期 deadlineDate", "时限类型 deadlineKind", "持续 ongoing", "阶段时限 milestones",
        "来源 origin", "提示 warnings",
    ];

    public void Write(NoticeDocument document, Stream output) =>
        XlsxPackage.Write([("Tasks", Tasks(document)), ("Notice", Notice(document)), ("Warnings", Warnings(document))], output);

    private static SheetBuilder Tasks(NoticeDocument document)
    {
        var sheet = new SheetBuilder(TaskHeaders, [8, 10, 30, 60, 30, 30, 24, 14, 12, 8, 40, 16, 50]);
        foreach (var t in document.Tasks)
            sheet.AddRow()
                .Number(t.Index)
                .Text(t.KeyTask?.Number)
                .Text(t.KeyTask?.Title)
                .Text(t.Text)
                .Text(string.Join("、", t.Lead))
                .Text(string.Join("、", t.Support))
                .Text(t.Deadline.Text)
                .Date(t.Deadline.Date)
                .Text(t.Deadline.Kind)
                .Text(t.Deadline.Ongoing ? "true" : "false")
                .Text(CsvNoticeWriter.Milestones(t.Deadline))
                .Text(t.Origin.ToString())
                .Text(string.Join("\n", t.Warnings.Select(w => $"{w.Field}: {w.Message}")));
        return sheet;
    }

    private static SheetBuilder Notice(NoticeDocument document)
    {
        var sheet = new SheetBuilder(["字段 field", "内容 value"], [16, 80]);
        var n = document.Notice;
        (string Field, string? Value)[] rows =
        [
            ("noticeTitle", n.NoticeTitle), ("title", n.Title), ("issuer", n.Issuer), ("docNumber", n.DocNumber),
            ("date", n.Date), ("published", n.Published), ("addressees", string.Join("、", n.Addressees)),
            ("publicity", n.Publicity), ("attachments", string.Join("\n", n.Attachments)), ("cc", string.Join("、", n.Cc)),
            ("tasks", document.Tasks.Count.ToString(CultureInfo.InvariantCulture)),
            ("source.path", document.Source.Path), ("source.format", document.Source.Format),
            ("source.encoding", document.Source.Encoding), ("source.sha256", document.Source.Sha256),
            ("schemaVersion", document.SchemaVersion),
        ];
        foreach (var (field, value) in rows)
        {
            var row = sheet.AddRow().Text(field);
            if (field is "date" or "published" && value is not null) row.Date(value); else row.Text(value);
        }
        return sheet;
    }

    private static SheetBuilder Warnings(NoticeDocument document)
    {
        var sheet = new SheetBuilder(["任务 task", "级别 severity", "字段 field", "代码 code", "说明 message", "来源 origin"], [8, 10, 10, 28, 80, 16]);
        foreach (var t in document.Tasks)
            foreach (var w in t.Warnings)
                sheet.AddRow().Number(t.Index).Text("warning").Text(w.Field).Text(w.Code).Text(w.Message).Text(t.Origin.ToString());
        foreach (var d in document.Diagnostics)
            sheet.AddRow().Number(null).Text(d.Severity.ToString().ToLowerInvariant()).Text("").Text(d.Code).Text(d.Message).Text(d.Origin?.ToString());
        return sheet;
    }
}
