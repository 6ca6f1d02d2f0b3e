using System.CommandLine;
using PolicyParse.Model;
using PolicyParse.Serialization;

namespace PolicyParse.Cli.Commands;

/// <summary><c>policyparse extract FILE</c>: one notice to JSON, CSV or YAML.</summary>
public static class ExtractCommand
{
    public static Command Create(TextWriter stderr, Func<Stream> stdout)
    {
        var file = new Argument<string>("file")
        {
            Description = "The notice to read: a Word document (.docx) or a text copy (.txt in UTF-8, UTF-16 or GB18030).",
        };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: json (the full tree), csv (one row per task) or yaml (the JSON tree).",
            DefaultValueFactory = _ => OutputFormat.Json,
            HelpName = "json|csv|yaml",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file (atomically: the file appears complete or not at all). Default: standard output.",
            HelpName = "path",
        }.NotEmpty();
        var bom = new Option<bool>("--bom")
        {
            Description = "Start CSV output with a UTF-8 byte order mark, so Excel opens Chinese text correctly.",
        };

        var command = new Command("extract", "Extract a notice's metadata, section tree and task table.")
        {
            file, format, output, bom,
        };
        command.SetAction(parse => Run(
            parse.GetValue(file)!, parse.GetValue(format), parse.GetValue(output), parse.GetValue(bom), stderr, stdout));
        return command;
    }

    private static int Run(string path, OutputFormat format, string? outputPath, bool bom, TextWriter stderr, Func<Stream> stdout)
    {
        var result = PolicyParser.ParseFile(path);
        if (result.Failure is { } failure)
        {
            stderr.WriteLine($"policyparse: {path}: {failure.Message}");
            return ExitCodes.For(failure.Kind);
        }

        var document = result.Document!;
        var writer = NoticeWriters.For(format, new WriterOptions { Utf8Bom = bom });
        if (!CommandOutput.TryWrite(outputPath, stream => writer.Write(document, stream), stdout, stderr))
            return ExitCodes.OutputFailed;

        if (document.Tasks.Count == 0)
        {
            stderr.WriteLine($"policyparse: {path}: {CommandOutput.NoTasksReason(document)}");
            return ExitCodes.NoTaskTable;
        }
        CommandOutput.ReportWarnings(path, document, stderr);
        return ExitCodes.Success;
    }
}
