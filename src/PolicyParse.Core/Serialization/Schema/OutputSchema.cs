namespace PolicyParse.Serialization.Schema;

/// <summary>The JSON Schema (2020-12) of <c>extract</c>'s JSON output, kept beside the writer as an embedded file.</summary>
public static class OutputSchema
{
    public const string ResourceName = "PolicyParse.Serialization.Schema.extract.schema.json";

    public static Stream Open() =>
        typeof(OutputSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from the build");
}
