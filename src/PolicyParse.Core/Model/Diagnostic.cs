using System.Text.Json.Serialization;

namespace PolicyParse.Model;

public enum Severity
{
    [JsonStringEnumMemberName("info")] Info,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("error")] Error,
}

/// <summary>A document-level message: what the parser noticed, decided or could not do.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, Origin? Origin = null);

/// <summary>A doubt about one field of one task. <see cref="Field"/> names the task property.</summary>
public sealed record FieldWarning(string Field, string Code, string Message);
