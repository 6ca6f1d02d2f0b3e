namespace PolicyParse.Serialization;

/// <summary>The formats <c>extract</c> writes.</summary>
public enum OutputFormat
{
    /// <summary>The whole tree (docs/output-contract.md).</summary>
    Json,
    /// <summary>One row per task, lists joined with 、.</summary>
    Csv,
    /// <summary>The JSON tree as YAML.</summary>
    Yaml,
    /// <summary>An Excel workbook: tasks, notice, warnings.</summary>
    Xlsx,
}

/// <summary>Writes a parsed notice to a stream in one format.</summary>
public interface INoticeWriter
{
    /// <summary>The format this writer writes.</summary>
    OutputFormat Format { get; }

    /// <summary>Conventional file extension, with the dot.</summary>
    string Extension { get; }

    /// <summary>Writes the whole document; the stream is left open.</summary>
    void Write(Model.NoticeDocument document, Stream output);
}

/// <summary>Choices a writer honours where they apply.</summary>
public sealed record WriterOptions
{
    /// <summary>Start CSV with a UTF-8 byte order mark so Excel recognises the encoding.</summary>
    public bool Utf8Bom { get; init; }
}

/// <summary>The writer for each output format.</summary>
public static class NoticeWriters
{
    /// <summary>A writer for <paramref name="format"/>.</summary>
    public static INoticeWriter For(OutputFormat format, WriterOptions? options = null) => format switch
    {
        OutputFormat.Json => new JsonNoticeWriter(),
        OutputFormat.Csv => new CsvNoticeWriter(options ?? new WriterOptions()),
        OutputFormat.Yaml => new YamlNoticeWriter(),
        OutputFormat.Xlsx => new Xlsx.XlsxNoticeWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
    };
}
