using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyParse.Serialization;

namespace PolicyParse.Batch;

public enum EntryStatus
{
    /// <summary>Converted; tasks found, no warnings.</summary>
    [JsonStringEnumMemberName("ok")] Ok,
    /// <summary>Converted and written, but with warnings, error diagnostics, or no task table.</summary>
    [JsonStringEnumMemberName("warning")] Warning,
    /// <summary>Not converted: unreadable, unsupported, no text, or the output could not be written. Nothing was written.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>
/// One input of a batch. Paths are relative, with '/' separators: <see cref="Input"/> to the input
/// folder, <see cref="Outputs"/> to the output folder. No timestamps, so the same inputs give the same manifest.
/// </summary>
public sealed record ManifestEntry
{
    public required string Input { get; init; }
    public required EntryStatus Status { get; init; }
    /// <summary>Of the input's bytes; null when the file could not be read.</summary>
    public string? Sha256 { get; init; }
    /// <summary>The input's format (<c>txt</c>, <c>docx</c>; for a failed input, its extension).</summary>
    public string? Format { get; init; }
    public required string ToolVersion { get; init; }
    public int Tasks { get; init; }
    /// <summary>Field warnings on tasks plus document-level warning diagnostics.</summary>
    public int Warnings { get; init; }
    /// <summary>Document-level error diagnostics (e.g. a table that could not be rebuilt); 1 for a failed input.</summary>
    public int Errors { get; init; }
    public IReadOnlyList<string> Outputs { get; init; } = [];
    /// <summary>One line: why the input failed, or why no task was found.</summary>
    public string? Message { get; init; }
}

/// <summary>Counts over all entries of a manifest.</summary>
public sealed record ManifestTotals(int Files, int Ok, int Warning, int Failed, int Tasks, int Warnings, int Errors)
{
    public static ManifestTotals Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public ManifestTotals Add(ManifestEntry e) => new(
        Files + 1,
        Ok + (e.Status == EntryStatus.Ok ? 1 : 0),
        Warning + (e.Status == EntryStatus.Warning ? 1 : 0),
        Failed + (e.Status == EntryStatus.Failed ? 1 : 0),
        Tasks + e.Tasks,
        Warnings + e.Warnings,
        Errors + e.Errors);

    /// <summary>Whether these outcomes fail the run under <paramref name="policy"/>.</summary>
    public bool Fails(FailOn policy) => policy switch
    {
        FailOn.Error => Failed > 0,
        FailOn.Warning => Failed > 0 || Warning > 0,
        _ => false,
    };
}

/// <summary>The record of a batch run: every input, sorted by <see cref="ManifestEntry.Input"/> (ordinal).</summary>
public sealed record Manifest(int ManifestVersion, string ToolVersion, IReadOnlyList<ManifestEntry> Entries, ManifestTotals Totals)
{
    public const string DefaultFileName = "manifest.json";
    public const int CurrentVersion = 1;

    /// <exception cref="InvalidDataException">The file is not a manifest.</exception>
    public static Manifest Read(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            var manifest = JsonSerializer.Deserialize(stream, ManifestJson.Default.Manifest);
            if (manifest is null || manifest.Entries is null || manifest.Entries.Any(e => e?.Input is null))
                throw new InvalidDataException("not a policyparse manifest");
            if (manifest.ManifestVersion != CurrentVersion)
                throw new InvalidDataException($"manifest version {manifest.ManifestVersion} is not supported (expected {CurrentVersion})");
            return manifest;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a policyparse manifest: {e.Message}", e);
        }
    }

    /// <summary>
    /// The union of several manifests (e.g. one per CI shard), sorted by input; when two list the same
    /// input, the later one wins. Totals are recounted.
    /// </summary>
    public static IReadOnlyList<ManifestEntry> MergeEntries(IEnumerable<Manifest> manifests)
    {
        var byInput = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var manifest in manifests)
            foreach (var entry in manifest.Entries)
                byInput[entry.Input] = entry;
        return byInput.Values.OrderBy(e => e.Input, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes <paramref name="entries"/> (already sorted) as a manifest, atomically.</summary>
    public static ManifestTotals Write(string path, string toolVersion, IEnumerable<ManifestEntry> entries)
    {
        using var writer = ManifestWriter.Begin(path, toolVersion);
        foreach (var entry in entries) writer.Add(entry);
        return writer.Commit();
    }
}

/// <summary>
/// Streams a manifest to disk entry by entry, so a run over many inputs never holds them all;
/// the file appears (atomically) only on <see cref="Commit"/>. Entries must be added in input order.
/// </summary>
internal sealed class ManifestWriter : IDisposable
{
    private readonly PendingFile _file;
    private readonly Utf8JsonWriter _json;
    private ManifestTotals _totals = ManifestTotals.Empty;
    private string? _lastInput;

    private ManifestWriter(PendingFile file, string toolVersion)
    {
        _file = file;
        _json = new Utf8JsonWriter(file.Stream, new JsonWriterOptions { Indented = true, Encoder = ManifestJson.Encoder });
        _json.WriteStartObject();
        _json.WriteNumber("manifestVersion", Manifest.CurrentVersion);
        _json.WriteString("toolVersion", toolVersion);
        _json.WriteStartArray("entries");
    }

    public static ManifestWriter Begin(string path, string toolVersion) => new(AtomicFile.Begin(path), toolVersion);

    public void Add(ManifestEntry entry)
    {
        if (_lastInput is not null && string.CompareOrdinal(_lastInput, entry.Input) >= 0)
            throw new InvalidOperationException($"manifest entries out of order: '{entry.Input}' after '{_lastInput}'");
        _lastInput = entry.Input;
        JsonSerializer.Serialize(_json, entry, ManifestJson.Default.ManifestEntry);
        _totals = _totals.Add(entry);
        if (_json.BytesPending > 32 * 1024) _json.Flush();
    }

    /// <summary>Writes the totals and publishes the file.</summary>
    public ManifestTotals Commit()
    {
        _json.WriteEndArray();
        _json.WritePropertyName("totals");
        JsonSerializer.Serialize(_json, _totals, ManifestJson.Default.ManifestTotals);
        _json.WriteEndObject();
        // Disposing flushes into the stream, which Commit closes: dispose first.
        _json.Dispose();
        _file.Stream.Write("\n"u8);
        _file.Commit();
        return _totals;
    }

    public void Dispose()
    {
        _json.Dispose();
        _file.Dispose();
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(Manifest))]
internal sealed partial class ManifestJsonContextBase : JsonSerializerContext;

internal static class ManifestJson
{
    // Chinese file names stay readable in the manifest.
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static ManifestJsonContextBase Default { get; } =
        new(new JsonSerializerOptions(ManifestJsonContextBase.Default.Options) { Encoder = Encoder });
}
