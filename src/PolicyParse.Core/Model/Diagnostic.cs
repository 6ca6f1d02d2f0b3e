using System.Text.Json.Serialization;

namespace PolicyParse.Model;

/// <summary>How much a diagnostic matters to someone using the result.</summary>
public enum Severity
{
    /// <summary>What the parser decided, e.g. which table layout it read.</summary>
    [JsonStringEnumMemberName("info")] Info,
    /// <summary>Something may be missing or uncertain.</summary>
    [JsonStringEnumMemberName("warning")] Warning,
    /// <summary>Something could not be done, e.g. no task table was found.</summary>
    [JsonStringEnumMemberName("error")] Error,
}

/// <summary>A document-level message: what the parser noticed, decided or could not do.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, Origin? Origin = null);

/// <summary>A doubt about one field of one task. <see cref="Field"/> names the task property.</summary>
public sealed record FieldWarning(string Field, string Code, string Message);
