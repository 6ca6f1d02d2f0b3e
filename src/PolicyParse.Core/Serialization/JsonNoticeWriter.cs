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
        // The generated options, untouched, with the encoder on the writer: the serializer runs its
        // source-generated fast path only for options exactly as generated (a custom Encoder in them
        // sends it down the metadata walk, which was a quarter of a plain notice's instructions).
        using (var writer = new Utf8JsonWriter(output, PolicyParseJson.WriterOptions))
            JsonSerializer.Serialize(writer, document, PolicyParseJsonContextBase.Default.NoticeDocument);
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

    /// <summary>How <see cref="JsonNoticeWriter"/> writes: as <see cref="Options"/> would.</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = Options.WriteIndented,
        IndentCharacter = Options.IndentCharacter,
        IndentSize = Options.IndentSize,
        NewLine = Options.NewLine,
        Encoder = Options.Encoder,
        MaxDepth = Options.MaxDepth,
    };
}
