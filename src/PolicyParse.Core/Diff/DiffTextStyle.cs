namespace PolicyParse.Diff;

/// <summary>
/// How the text report marks what was deleted, inserted, added and removed. The plain style uses
/// git's word-diff markers so a file or a pipe reads unambiguously; the CLI derives a colour
/// style for terminals (the library itself never decides about terminals).
/// </summary>
public class DiffTextStyle
{
    /// <summary>Word-diff markers and no colour: safe in files and pipes.</summary>
    public static DiffTextStyle Plain { get; } = new();

    /// <summary>Characters only the old text has.</summary>
    public virtual string Deleted(string text) => "[-" + text + "-]";

    /// <summary>Characters only the new text has.</summary>
    public virtual string Inserted(string text) => "{+" + text + "+}";

    /// <summary>A line about an added task.</summary>
    public virtual string AddedLine(string line) => line;

    /// <summary>A line about a removed task.</summary>
    public virtual string RemovedLine(string line) => line;

    /// <summary>A section heading of the report.</summary>
    public virtual string Heading(string text) => text;
}
