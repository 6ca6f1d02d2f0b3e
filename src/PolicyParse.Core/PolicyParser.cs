using PolicyParse.Pipeline;

namespace PolicyParse;

/// <summary>
/// The library's entry point: a notice in, a <see cref="Model.NoticeDocument"/> (metadata,
/// sections, tasks with their origins and warnings) or a <see cref="ParseFailure"/> out. Thread-safe;
/// bad inputs come back as failures, never as exceptions.
/// </summary>
public static class PolicyParser
{
    /// <summary>Parses a notice from a stream; <paramref name="name"/>'s extension says its format.</summary>
    /// <param name="content">The notice's bytes; read to the end, not disposed.</param>
    /// <param name="name">The name reported in <c>source.path</c> and in failures, e.g. <c>notice.docx</c>.</param>
    /// <param name="options">What to read and the thresholds to decide by; <see cref="ParserOptions.Default"/> when null.</param>
    public static ParseResult Parse(Stream content, string name, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(name);
        return new NoticeParser(options).ParseStream(content, name);
    }

    /// <summary>Reads and parses one file.</summary>
    public static ParseResult ParseFile(string path, ParserOptions? options = null) =>
        new NoticeParser(options).ParseFile(path);

    /// <summary>A notice in any supported format, or an earlier <c>extract</c> JSON output (by its .json extension).</summary>
    public static ParseResult Load(string path, ParserOptions? options = null) =>
        new NoticeLoader(new NoticeParser(options)).Load(path);

    /// <summary>The file extensions (with the dot) the given options accept.</summary>
    public static IReadOnlyList<string> SupportedExtensions(ParserOptions? options = null) =>
        new NoticeParser(options).SupportedExtensions.ToList();
}
