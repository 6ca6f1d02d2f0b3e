using System.Text.Json;
using PolicyParse.Model;

namespace PolicyParse.Serialization;

/// <summary>
/// Reads back what <see cref="JsonNoticeWriter"/> wrote (an <c>extract</c> output), so commands
/// such as <c>diff</c> can take an earlier result instead of the notice itself.
/// </summary>
internal static class JsonNoticeReader
{
    // Stricter than writing: a file that lacks a field the writer always emits, or holds null
    // where the model has none, is not an extract output and must fail here, not later as a null.
    private static readonly PolicyParseJsonContextBase Strict = new(new JsonSerializerOptions(PolicyParseJson.Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });

    /// <exception cref="NoticeJsonException">The bytes are not an <c>extract</c> JSON output of schema version 1.</exception>
    public static NoticeDocument Read(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\uFEFF"u8))
            json = json[3..]; // a BOM added by an editor does not make it another file
        NoticeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, Strict.NoticeDocument);
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } path ? $" at {path}" : "";
            throw new NoticeJsonException($"not an 'extract' JSON output{where}: {FirstSentence(e.Message)}");
        }
        if (document is null)
            throw new NoticeJsonException("not an 'extract' JSON output: the file holds null");
        if (document.SchemaVersion != "1")
            throw new NoticeJsonException($"unsupported schemaVersion '{document.SchemaVersion}' (this version reads \"1\")");
        // Nullable annotations are not enforced inside lists: ["区政府", null] must fail here too.
        for (var i = 0; i < document.Tasks.Count; i++)
        {
            var t = document.Tasks[i];
            if (t is null || t.Lead.Any(u => u is null) || t.Support.Any(u => u is null)
                || t.Warnings.Any(w => w is null) || t.Deadline.Milestones.Any(m => m is null))
                throw new NoticeJsonException($"not an 'extract' JSON output: task {i + 1} holds null where a value belongs");
        }
        return document;
    }

    // System.Text.Json appends "Path: … | LineNumber: …" details that we already report.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}

/// <summary>The bytes are not an <c>extract</c> JSON output this version can read.</summary>
internal sealed class NoticeJsonException(string message) : Exception(message);
