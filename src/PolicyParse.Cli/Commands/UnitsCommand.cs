using System.CommandLine;
using PolicyParse.Model;
using PolicyParse.UnitLists;

namespace PolicyParse.Cli.Commands;

/// <summary><c>policyparse units FILE…</c>: each unit's own task list (what it leads, what it supports) across notices.</summary>
public static class UnitsCommand
{
    public static Command Create(TextWriter stderr, Func<Stream> stdout, Func<bool> stdoutIsTerminal)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "One or more notices (.docx, .txt, …) or their 'extract' JSON outputs.",
            Arity = ArgumentArity.OneOrMore,
        };
        var unit = new Option<string?>("--unit", "-u")
        {
            Description = "Only this unit. Matched ignoring spaces, full/half-width forms and a trailing 等; otherwise exactly as written.",
            HelpName = "name",
        };
        var format = Choice.Create("--format", "-f", UnitReport.Formats, "json",
            "Output format: json (the output contract's units tree), csv (one row per unit and task), xlsx (the same rows in a workbook) or md (a section per unit).");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file (atomically); standard output if not given.",
            HelpName = "path",
        }.NotEmpty();

        var command = new Command("units", "List, for each unit, the tasks it leads and supports, with deadlines, across one or more notices.")
        {
            files, unit, format, output,
        };
        command.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(unit), parse.GetValue(format)!, parse.GetValue(output), stderr, stdout, stdoutIsTerminal));
        return command;
    }

    private static int Run(string[] paths, string? unit, string format, string? outputPath, TextWriter stderr, Func<Stream> stdout, Func<bool> stdoutIsTerminal)
    {
        if (outputPath is { } target and not "-" && paths.FirstOrDefault(p => SameFile.Check(p, target)) is { } input)
        {
            stderr.WriteLine($"policyparse: -o {target}: is the input file {input}; give another output name (the input was not touched)");
            return ExitCodes.Usage;
        }
        if (outputPath is null or "-" && format == "xlsx" && stdoutIsTerminal())
        {
            stderr.WriteLine("policyparse: --format xlsx: a workbook is binary; write it with -o file.xlsx or redirect standard output");
            return ExitCodes.Usage;
        }

        if (CommandOutput.LoadWithTasks(paths, "no units to list", stderr, out var exit) is not { } documents)
            return exit;
        var notices = paths.Zip(documents, (path, document) => (path, document)).ToList();

        var render = UnitReport.Prepare(notices, unit, format);
        if (render is null)
        {
            stderr.WriteLine($"policyparse: --unit: no unit named '{unit}' in {string.Join(", ", paths)}");
            return ExitCodes.NoSuchUnit;
        }
        return CommandOutput.TryWrite(outputPath, render, stdout, stderr)
            ? ExitCodes.Success
            : ExitCodes.OutputFailed;
    }
}
