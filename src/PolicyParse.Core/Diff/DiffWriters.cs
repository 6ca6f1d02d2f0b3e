namespace PolicyParse.Diff;

public enum DiffFormat { Text, Markdown, Json }

/// <summary>Renders a <see cref="DiffReport"/> to a stream in one format (UTF-8, no BOM).</summary>
public interface IDiffWriter
{
    void Write(DiffReport report, Stream output);
}

public static class DiffWriters
{
    /// <param name="style">Mark-up of the text format; plain markers when null (the CLI passes colours on a terminal).</param>
    public static IDiffWriter For(DiffFormat format, DiffTextStyle? style = null) => format switch
    {
        DiffFormat.Text => new DiffTextWriter(style ?? DiffTextStyle.Plain),
        DiffFormat.Markdown => new DiffMarkdownWriter(),
        DiffFormat.Json => new DiffJsonWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown diff format"),
    };
}
