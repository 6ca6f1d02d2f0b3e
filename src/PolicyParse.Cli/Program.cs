using System.CommandLine;
using System.CommandLine.Invocation;
using PolicyParse.Cli;
using PolicyParse.Cli.Commands;

var stderr = Console.Error;
var root = new RootCommand(
    "policyparse: turn Chinese government work-plan notices (…工作要点) and their task tables (…工作任务分解) " +
    "into JSON, CSV, YAML or Excel: metadata, section tree, and tasks with lead and supporting units and deadlines.")
{
    ExtractCommand.Create(stderr, Console.OpenStandardOutput, Console.OpenStandardInput, () => !Console.IsOutputRedirected),
    BatchCommand.Create(stderr),
};
root.Subcommands.Add(DiffCommand.Create(stderr, Console.OpenStandardOutput, () => !Console.IsOutputRedirected));
root.Subcommands.Add(UnitsCommand.Create(stderr, Console.OpenStandardOutput, () => !Console.IsOutputRedirected));
root.Subcommands.Add(SchemaCommand.Create(Console.OpenStandardOutput));
// 'policyparse extract --version' prints the version like 'policyparse --version' instead of
// looking for a file named --version.
foreach (var command in root.Subcommands) command.Options.Add(new VersionOption());

try
{
    var parse = root.Parse(args);
    if (parse.Action is ParseErrorAction)
    {
        // One line: the first error says what to fix; the rest usually follow from it.
        stderr.WriteLine($"policyparse: {UsageErrors.Describe(root, args, parse)}");
        return ExitCodes.Usage;
    }
    // Our handler below prints one line; the library's default would print a stack trace.
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    // A bug, not a bad input: one line, no stack trace, a distinct code.
    stderr.WriteLine($"policyparse: internal error: {e.GetType().Name}: {e.Message}");
    return ExitCodes.InternalError;
}
