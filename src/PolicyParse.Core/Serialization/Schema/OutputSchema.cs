namespace PolicyParse.Serialization.Schema;

/// <summary>The JSON Schema (2020-12) of <c>extract</c>'s JSON output, kept beside the writer as an embedded file.</summary>
public static class OutputSchema
{
    /// <summary>The schema's manifest resource name in this assembly.</summary>
    public const string ResourceName = "PolicyParse.Serialization.Schema.extract.schema.json";

    /// <summary>Opens the schema's UTF-8 JSON text; the caller disposes the stream.</summary>
    public static Stream Open() =>
        typeof(OutputSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from the build");
}
