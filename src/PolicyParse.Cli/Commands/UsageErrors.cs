using System.CommandLine;

namespace PolicyParse.Cli.Commands;

/// <summary>The one line printed for a command line that does not parse.</summary>
public static class UsageErrors
{
    public static string Describe(RootCommand root, IReadOnlyList<string> args, System.CommandLine.ParseResult parse)
    {
        var commands = root.Subcommands.Select(c => c.Name).ToList();
        if (args.Count > 0 && !args[0].StartsWith('-') && !commands.Contains(args[0]))
            return $"'{args[0]}' is not a command; the commands are {string.Join(", ", commands)} (see policyparse --help)";
        if (args.Count == 0)
            return $"missing a command: one of {string.Join(", ", commands)} (see policyparse --help)";
        var first = parse.Errors.Count > 0 ? parse.Errors[0].Message : "invalid command line";
        var help = parse.CommandResult.Command is RootCommand ? "policyparse --help" : $"policyparse {parse.CommandResult.Command.Name} --help";
        return $"{first.TrimEnd('.')} (see {help})";
    }
}
