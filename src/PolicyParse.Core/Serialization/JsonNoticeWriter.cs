using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PolicyParse.Model;

namespace PolicyParse.Serialization;

/// <summary>docs/output-contract.md's JSON: camelCase, Chinese unescaped, fields in declaration order.</summary>
internal sealed class JsonNoticeWriter : INoticeWriter
{
    public OutputFormat Format => OutputFormat.Json;

    public string Extension => ".json";

    public void Write(NoticeDocument document, Stream output)
    {
        JsonSerializer.Serialize(output, document, PolicyParseJson.Default.NoticeDocument);
        output.Write("\n"u8);
    }

    /// <summary>The same tree as a DOM, for writers that render JSON's shape in another syntax.</summary>
    public static JsonNode ToNode(NoticeDocument document) =>
        JsonSerializer.SerializeToNode(document, PolicyParseJson.Default.NoticeDocument)!;
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(NoticeDocument))]
internal sealed partial class PolicyParseJsonContextBase : JsonSerializerContext;

/// <summary>Serializer options shared by every JSON the tool writes or reads.</summary>
internal static class PolicyParseJson
{
    public static JsonSerializerOptions Options { get; } = new(PolicyParseJsonContextBase.Default.Options)
    {
        // Keep Chinese (and quotes such as “”) readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static PolicyParseJsonContextBase Default { get; } = new(Options);
}
