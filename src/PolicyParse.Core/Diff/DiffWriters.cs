namespace PolicyParse.Diff;

/// <summary>The formats <c>diff</c> writes.</summary>
public enum DiffFormat
{
    /// <summary>Lines for a terminal or a log, with word-diff markers.</summary>
    Text,
    /// <summary>A report for a pull request or a wiki.</summary>
    Markdown,
    /// <summary>docs/output-contract.md's diff JSON.</summary>
    Json,
}

/// <summary>Renders a <see cref="DiffReport"/> to a stream in one format (UTF-8, no BOM).</summary>
public interface IDiffWriter
{
    /// <summary>Writes the whole report; the stream is left open.</summary>
    void Write(DiffReport report, Stream output);
}

/// <summary>The writer for each diff format.</summary>
public static class DiffWriters
{
    /// <summary>A writer for <paramref name="format"/>.</summary>
    /// <param name="format">The format to write.</param>
    /// <param name="style">Mark-up of the text format; plain markers when null (the CLI passes colours on a terminal).</param>
    public static IDiffWriter For(DiffFormat format, DiffTextStyle? style = null) => format switch
    {
        DiffFormat.Text => new DiffTextWriter(style ?? DiffTextStyle.Plain),
        DiffFormat.Markdown => new DiffMarkdownWriter(),
        DiffFormat.Json => new DiffJsonWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown diff format"),
    };
}
