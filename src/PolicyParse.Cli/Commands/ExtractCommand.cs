using System.CommandLine;
using PolicyParse.Model;
using PolicyParse.Serialization;

namespace PolicyParse.Cli.Commands;

/// <summary><c>policyparse extract FILE</c>: one notice to JSON, CSV, YAML or Excel.</summary>
public static class ExtractCommand
{
    /// <summary>What <c>--from</c> accepts: the readers' formats.</summary>
    public static readonly string[] InputFormats = ["txt", "docx", "pdf", "html", "doc", "wps", "rtf"];

    public static Command Create(TextWriter stderr, Func<Stream> stdout, Func<Stream> stdin, Func<bool> stdoutIsTerminal)
    {
        var file = new Argument<string>("file")
        {
            Description = "The notice to read: a Word document (.docx; .doc, .wps, .rtf through LibreOffice), a born-digital PDF (.pdf), a saved web page (.html, .htm) or a text copy (.txt in UTF-8, UTF-16 or GB18030); - reads standard input.",
        };
        var format = Choice.Create("--format", "-f", OutputFormats.Names, "json",
            "Output format: json (the full tree), csv (one row per task), yaml (the JSON tree) or xlsx (an Excel workbook: tasks, notice, warnings).");
        var from = new Option<string?>("--from")
        {
            Description = "Read standard input (-) as this format; otherwise it is recognised from its first bytes. A file's extension names its format.",
            HelpName = string.Join('|', InputFormats),
        };
        from.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } value && !InputFormats.Contains(value))
                r.AddError(Choice.NotOneOf("--from", value, InputFormats));
        });
        from.CompletionSources.Add(InputFormats);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file (atomically: the file appears complete or not at all); standard output if not given.",
            HelpName = "path",
        }.NotEmpty();
        var bom = new Option<bool>("--bom")
        {
            Description = "Start CSV output with a UTF-8 byte order mark, so Excel opens Chinese text correctly.",
        };

        var command = new Command("extract", "Extract a notice's metadata, section tree and task table.")
        {
            file, format, from, output, bom,
        };
        command.SetAction(parse => Run(
            new Request(parse.GetValue(file)!, OutputFormats.Parse(parse.GetValue(format)!), parse.GetValue(from), parse.GetValue(output), parse.GetValue(bom)),
            new Streams(stderr, stdout, stdin, stdoutIsTerminal)));
        return command;
    }

    private sealed record Request(string Path, OutputFormat Format, string? From, string? OutputPath, bool Bom)
    {
        public bool FromStdin => Path == "-";
        public string Name => FromStdin ? StandardInput.Name : Path;
    }

    private sealed record Streams(TextWriter Stderr, Func<Stream> Stdout, Func<Stream> Stdin, Func<bool> StdoutIsTerminal);

    private static int Run(Request request, Streams io)
    {
        var stderr = io.Stderr;
        if (request.From is not null && !request.FromStdin)
        {
            stderr.WriteLine($"policyparse: --from: applies to standard input (-); {request.Path}'s extension names its format (see policyparse extract --help)");
            return ExitCodes.Usage;
        }
        if (request.OutputPath is { } target and not "-" && !request.FromStdin && SameFile.Check(request.Path, target))
        {
            stderr.WriteLine($"policyparse: -o {target}: is the input file; give another output name (the input was not touched)");
            return ExitCodes.Usage;
        }
        if (request.OutputPath is null or "-" && request.Format == OutputFormat.Xlsx && io.StdoutIsTerminal())
        {
            stderr.WriteLine("policyparse: --format xlsx: a workbook is binary; write it with -o file.xlsx or redirect standard output");
            return ExitCodes.Usage;
        }

        var result = Parse(request, io);
        if (result.Failure is { } failure)
        {
            stderr.WriteLine($"policyparse: {request.Name}: {failure.Message}");
            return ExitCodes.For(failure.Kind);
        }

        var document = result.Document!;
        var writer = NoticeWriters.For(request.Format, new WriterOptions { Utf8Bom = request.Bom });
        if (!CommandOutput.TryWrite(request.OutputPath, stream => writer.Write(document, stream), io.Stdout, stderr))
            return ExitCodes.OutputFailed;

        if (document.Tasks.Count == 0)
        {
            stderr.WriteLine($"policyparse: {request.Name}: {CommandOutput.NoTasksReason(document)}");
            return ExitCodes.NoTaskTable;
        }
        CommandOutput.ReportWarnings(request.Name, document, stderr);
        return ExitCodes.Success;
    }

    private static ParseResult Parse(Request request, Streams io)
    {
        if (!request.FromStdin)
            return PolicyParser.ParseFile(request.Path);
        var read = StandardInput.Read(io.Stdin);
        if (read.Failure is { } failure)
            return ParseResult.Fail(StandardInput.Name, failure.Kind, failure.Message);
        var bytes = read.Bytes!;
        // The library takes the format from the name's extension; the name reported is <stdin>.
        var format = request.From ?? FormatSniffer.Sniff(bytes);
        var result = PolicyParser.Parse(new MemoryStream(bytes, writable: false), $"{StandardInput.Name}.{format}");
        return result.Document is { } document
            ? ParseResult.Success(document with { Source = document.Source with { Path = StandardInput.Name } })
            : result;
    }
}
