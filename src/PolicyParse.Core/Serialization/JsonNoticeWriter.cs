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
        // Through a writer rather than straight to the stream: given a stream, the serializer takes
        // its resumable path, which walks the metadata property by property; given a writer it runs
        // the source-generated code. Same bytes, a third of the instructions.
        using (var writer = new Utf8JsonWriter(output, PolicyParseJson.WriterOptions))
            JsonSerializer.Serialize(writer, document, PolicyParseJson.Default.NoticeDocument);
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

    /// <summary>The writer settings <see cref="Options"/> implies, for serializing through a <see cref="Utf8JsonWriter"/>.</summary>
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
