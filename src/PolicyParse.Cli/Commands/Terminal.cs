using PolicyParse.Diff;

namespace PolicyParse.Cli.Commands;

/// <summary>Whether to colour output: only on a terminal, never when redirected or asked not to (https://no-color.org).</summary>
public static class Terminal
{
    public static bool UseColour(bool stdoutIsTerminal, string? noColor, string? term) =>
        stdoutIsTerminal && string.IsNullOrEmpty(noColor) && term != "dumb";
}

/// <summary>The diff report's marks as ANSI colours, as git shows them: red for old, green for new.</summary>
public sealed class AnsiDiffStyle : DiffTextStyle
{
    private const string Red = "\e[31m", Green = "\e[32m", Bold = "\e[1m", Reset = "\e[0m";

    public override string Deleted(string text) => Red + text + Reset;

    public override string Inserted(string text) => Green + text + Reset;

    public override string AddedLine(string line) => Green + line + Reset;

    public override string RemovedLine(string line) => Red + line + Reset;

    public override string Heading(string text) => Bold + text + Reset;
}
