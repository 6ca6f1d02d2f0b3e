using System.Text.Json.Serialization;

namespace PolicyParse.Model;

/// <summary>The result of parsing one notice: the tree every writer serialises (docs/output-contract.md).</summary>
public sealed record NoticeDocument
{
    /// <summary>The version of this tree's shape; "1".</summary>
    public string SchemaVersion { get; init; } = "1";
    /// <summary>The input and how it was read.</summary>
    public required SourceInfo Source { get; init; }
    /// <summary>Title, number, issuer, date and the other front and back matter.</summary>
    public required NoticeMetadata Notice { get; init; }
    /// <summary>The body's numbered sections, nested by level.</summary>
    public required IReadOnlyList<Section> Sections { get; init; }
    /// <summary>The tasks, in table (or body) order.</summary>
    public required IReadOnlyList<TaskItem> Tasks { get; init; }
    /// <summary>Document-level messages: the layout read, what is missing, what failed.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
}

/// <summary>The input file: how it was read, so a result can be traced and cached.</summary>
public sealed record SourceInfo(string Path, string Format, string? Encoding, string Sha256);

/// <summary>GB/T 9704 elements of the notice. Absent elements are null or empty.</summary>
public sealed record NoticeMetadata
{
    /// <summary>标题: the notice's own title (…关于印发…的通知).</summary>
    public string? NoticeTitle { get; init; }
    /// <summary>The title of the plan the notice issues (…工作要点).</summary>
    public string? Title { get; init; }
    /// <summary>发文机关署名: the issuing office.</summary>
    public string? Issuer { get; init; }
    /// <summary>发文字号, e.g. X府办发〔2024〕12号.</summary>
    public string? DocNumber { get; init; }
    /// <summary>成文日期, ISO 8601.</summary>
    public string? Date { get; init; }
    /// <summary>发布日期 of a portal copy, ISO 8601.</summary>
    public string? Published { get; init; }
    /// <summary>主送机关, one entry per addressee.</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];
    /// <summary>附注 such as 此件公开发布, without its brackets.</summary>
    public string? Publicity { get; init; }
    /// <summary>附件 titles, in order.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];
    /// <summary>抄送 recipients.</summary>
    public IReadOnlyList<string> Cc { get; init; } = [];
}

/// <summary>A numbered heading of the body (一、 （一） 1. （1）) with its text and children.</summary>
public sealed record Section(
    string Number,
    int Level,
    int Ordinal,
    string Title,
    string Text,
    IReadOnlyList<Section> Sections,
    Origin? Origin);

/// <summary>The 重点任务 a task belongs to.</summary>
/// <param name="Number">Its number as written in the body, e.g. （一）; null when the label has none.</param>
/// <param name="Ordinal">The number's integer value (（十四） → 14).</param>
/// <param name="Title">Its title, without number and final 。.</param>
public sealed record KeyTask(string? Number, int? Ordinal, string Title);

/// <summary>One dated step of a deadline with several.</summary>
/// <param name="Text">The step as written.</param>
/// <param name="Date">Its ISO 8601 date or month, when the text names one.</param>
public sealed record Milestone(string Text, string? Date);

/// <summary>完成时限 as written, and what it means.</summary>
public sealed record Deadline(
    string Text,
    string Kind,
    string? Date,
    bool Ongoing,
    IReadOnlyList<Milestone> Milestones)
{
    /// <summary>
    /// How <see cref="Date"/> bounds the work: <c>before</c> (8月前, before the month starts),
    /// <c>byEnd</c> (8月底前, 年底前, 上半年, 三季度), <c>in</c> (8月完成), <c>on</c> (a day). Null when not one point.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Qualifier { get; init; }

    /// <summary>True when the text gave no year (12月底前) and the notice's own year was used.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool YearFromNotice { get; init; }

    /// <summary>A recurring deadline (每季度, 每月, 每半年, 每年): quarter, month, halfYear, year.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Every { get; init; }
}

/// <summary>One row of the task table.</summary>
public sealed record TaskItem(
    int Index,
    KeyTask? KeyTask,
    string Text,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Support,
    Deadline Deadline,
    Origin Origin,
    IReadOnlyList<FieldWarning> Warnings)
{
    /// <summary>The lead list closed with 等 (区公安局等): more units than named. The 等 is not part of the last name.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool LeadAndOthers { get; init; }

    /// <summary>The support list closed with 等.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool SupportAndOthers { get; init; }
}
