namespace PolicyParse.Serialization;

public enum OutputFormat { Json, Csv, Yaml }

/// <summary>Writes a parsed notice to a stream in one format.</summary>
public interface INoticeWriter
{
    OutputFormat Format { get; }

    /// <summary>Conventional file extension, with the dot.</summary>
    string Extension { get; }

    void Write(Model.NoticeDocument document, Stream output);
}

public sealed record WriterOptions
{
    /// <summary>Start CSV with a UTF-8 byte order mark so Excel recognises the encoding.</summary>
    public bool Utf8Bom { get; init; }
}

public static class NoticeWriters
{
    public static INoticeWriter For(OutputFormat format, WriterOptions? options = null) => format switch
    {
        OutputFormat.Json => new JsonNoticeWriter(),
        OutputFormat.Csv => new CsvNoticeWriter(options ?? new WriterOptions()),
        OutputFormat.Yaml => new YamlNoticeWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
    };
}
