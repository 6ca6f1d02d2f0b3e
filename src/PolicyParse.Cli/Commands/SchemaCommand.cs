using System.CommandLine;
using PolicyParse.Serialization.Schema;

namespace PolicyParse.Cli.Commands;

/// <summary><c>policyparse schema</c>: prints the JSON Schema of extract's JSON output, for validators and code generators.</summary>
public static class SchemaCommand
{
    public static Command Create(Func<Stream> stdout)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) that 'extract --format json' output follows.");
        command.SetAction(_ =>
        {
            using var schema = OutputSchema.Open();
            using var output = stdout();
            schema.CopyTo(output);
            return ExitCodes.Success;
        });
        return command;
    }
}
