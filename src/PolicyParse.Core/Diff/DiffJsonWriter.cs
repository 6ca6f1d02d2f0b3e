using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyParse.Serialization;

namespace PolicyParse.Diff;

/// <summary>docs/output-contract.md's diff JSON. Tasks have exactly the shape <c>extract</c> gives them.</summary>
internal sealed class DiffJsonWriter : IDiffWriter
{
    public void Write(DiffReport report, Stream output)
    {
        JsonSerializer.Serialize(output, report, DiffJson.Default.DiffReport);
        output.Write("\n"u8);
    }
}

// Same options as the extract JSON's context; its own class so the diff types stay in this folder.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(DiffReport))]
internal sealed partial class DiffJsonContext : JsonSerializerContext;

internal static class DiffJson
{
    // The encoder that keeps Chinese unescaped is the extract writer's, so both outputs read alike.
    public static DiffJsonContext Default { get; } = new(new JsonSerializerOptions(DiffJsonContext.Default.Options)
    {
        Encoder = PolicyParseJson.Options.Encoder,
    });
}
