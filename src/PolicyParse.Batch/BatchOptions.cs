using System.Buffers.Binary;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using PolicyParse.Serialization;

namespace PolicyParse.Batch;

/// <summary>What a batch run converts and where it writes.</summary>
public sealed record BatchOptions
{
    /// <summary>The folder walked for inputs (recursively).</summary>
    public required string InputDirectory { get; init; }

    /// <summary>Outputs go to <c>&lt;OutputDirectory&gt;/&lt;relative dir&gt;/&lt;stem&gt;.&lt;ext&gt;</c>.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>One output file per format and input, in this order.</summary>
    public IReadOnlyList<OutputFormat> Formats { get; init; } = [OutputFormat.Json];

    /// <summary>Globs relative to the input folder; empty means <see cref="InputEnumerator.DefaultIncludes"/>.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Inputs converted at the same time.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Skip inputs whose sha256 and tool version match the previous manifest.</summary>
    public bool Incremental { get; init; }

    /// <summary>Convert only this slice of the inputs; null converts all.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Where the manifest is written (and read with <see cref="Incremental"/>); default <c>&lt;OutputDirectory&gt;/manifest.json</c>.</summary>
    public string? ManifestPath { get; init; }

    public string EffectiveManifestPath => Path.GetFullPath(ManifestPath ?? Path.Combine(OutputDirectory, Manifest.DefaultFileName));
}

/// <summary>
/// Slice <see cref="Index"/> (1-based) of <see cref="Count"/>. An input belongs to the slice chosen by a
/// stable hash of its relative path (SHA-256, first 4 bytes, modulo n), not by its position in the list:
/// adding or removing files never moves the other files to another slice, so a CI runner's incremental
/// cache for its slice stays valid as the archive grows. Slices are therefore only roughly equal in size.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static bool TryParse(string? text, out ShardSpec? shard)
    {
        shard = null;
        var parts = text?.Split('/');
        if (parts is not [var i, var n]
            || !int.TryParse(i, System.Globalization.NumberStyles.None, null, out var index)
            || !int.TryParse(n, System.Globalization.NumberStyles.None, null, out var count)
            || count < 1 || index < 1 || index > count)
            return false;
        shard = new ShardSpec(index, count);
        return true;
    }

    public bool Contains(string relativePath)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(relativePath), hash);
        return BinaryPrimitives.ReadUInt32BigEndian(hash) % (uint)Count == (uint)(Index - 1);
    }

    public override string ToString() => $"{Index}/{Count}";
}

/// <summary>Which outcomes make a batch run fail (the CLI's <c>--fail-on</c>).</summary>
public enum FailOn
{
    /// <summary>Fail when any input failed (the default).</summary>
    Error,
    /// <summary>Fail when any input failed or was converted with warnings (including no task table).</summary>
    Warning,
    /// <summary>Never fail because of an input; only usage and output errors fail.</summary>
    Never,
}

public static class ToolVersion
{
    /// <summary>The library's informational version (e.g. <c>0.1.0+commit</c>): outputs made by another build are redone by an incremental run.</summary>
    public static string Current { get; } =
        typeof(PolicyParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PolicyParser).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
