using PolicyParse.Serialization;

namespace PolicyParse.Cli.Commands;

/// <summary>The output formats by the lower-case names users type.</summary>
public static class OutputFormats
{
    public static IReadOnlyList<string> Names { get; } = ["json", "csv", "yaml", "xlsx"];

    /// <exception cref="ArgumentException">Not one of <see cref="Names"/>.</exception>
    public static OutputFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        "yaml" => OutputFormat.Yaml,
        "xlsx" => OutputFormat.Xlsx,
        _ => throw new ArgumentException($"'{name}' is not one of {string.Join(", ", Names)}", nameof(name)),
    };
}
