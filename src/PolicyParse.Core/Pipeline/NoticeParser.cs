using System.Security.Cryptography;
using PolicyParse.Model;
using PolicyParse.Reading;
using PolicyParse.Reading.Docx;
using PolicyParse.Structure;
using PolicyParse.Tables;
using PolicyParse.Tasks;
using PolicyParse.Tasks.Inline;
using PolicyParse.Text;

namespace PolicyParse.Pipeline;

/// <summary>
/// The pipeline: reader → tokenizer → metadata and sections → table reconstruction → tasks.
/// Stateless and thread-safe; one instance can parse many files in parallel.
/// </summary>
public sealed class NoticeParser
{

    private readonly IReadOnlyList<ISourceReader> _readers;
    private readonly TableReconstructor _tables;

    public NoticeParser(IReadOnlyList<ISourceReader>? readers = null, TableReconstructor? tables = null)
    {
        _readers = readers ?? [new TxtReader(), new DocxReader()];
        _tables = tables ?? TableReconstructor.Default;
    }

    /// <summary>The extensions the configured readers accept.</summary>
    public IEnumerable<string> SupportedExtensions => _readers.SelectMany(r => r.Extensions);

    /// <summary>Reads and parses one file. A bad input is returned as a failure, never thrown.</summary>
    public ExtractionResult ParseFile(string path)
    {
        try
        {
            return ExtractionResult.Success(Parse(Read(path)));
        }
        catch (InputException e)
        {
            return ExtractionResult.Fail(path, e.Kind, e.Message);
        }
    }

    /// <summary>Reads a file with the reader its extension names.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, empty or not in a supported format.</exception>
    public SourceDocument Read(string path)
    {
        InputFile.CheckExists(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var reader = _readers.FirstOrDefault(r => r.Extensions.Contains(extension))
            ?? (extension.Length == 0 ? _readers.FirstOrDefault(r => r.Format == "txt") : null)
            ?? throw new InputException(InputFailureKind.UnsupportedFormat,
                $"unsupported file type '{extension}' (supported: {string.Join(", ", SupportedExtensions)})");

        var bytes = InputFile.ReadBytes(path);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return reader.Read(path, bytes, sha256);
    }

    /// <summary>Parses a document some reader produced.</summary>
    public NoticeDocument Parse(SourceDocument source)
    {
        var lines = Tokenizer.Tokenize(source.Blocks.OfType<ParagraphBlock>());
        var (metadata, layout) = MetadataRecognizer.Recognize(lines);
        var sections = SectionRecognizer.Recognize(lines, layout);
        var (table, diagnostics) = _tables.Reconstruct(new TableContext(lines, source.Blocks.OfType<TableBlock>().ToList(), sections, layout.BodyEnd));
        var year = NoticeYear.Of(metadata);
        var tableTasks = table is null ? [] : TaskAssembler.Assemble(table.Rows, sections, year);
        var (inline, inlineDiagnostics) = InlineTaskRecognizer.Recognize(lines, layout, sections, year);
        var tasks = TaskMerger.Merge(tableTasks, inline);

        var all = new List<Diagnostic>(diagnostics);
        var added = tasks.Count - tableTasks.Count;
        if (added > 0)
        {
            // Tasks written inline answer for a missing table: the notice has none, not an error.
            if (table is null)
                all = all.Select(d => d.Code == "table.notFound" ? d with { Severity = Severity.Info, Message = "no task table was found in the notice; tasks were read from responsibility notes in the body" } : d).ToList();
            all.Add(new Diagnostic(Severity.Info, "tasks.inline", $"{added} tasks read from responsibility notes in the body" +
                (inline.Count > added ? $" ({inline.Count - added} more repeat rows of the table and were left to it)" : "")));
        }
        all.AddRange(inlineDiagnostics);
        if (metadata.Title is null)
            all.Add(new Diagnostic(Severity.Warning, "notice.noTitle", "the plan's title was not found; sections are read from the start"));
        if (sections.Count == 0)
            all.Add(new Diagnostic(Severity.Warning, "sections.none", "no numbered sections (一、 （一） 1.) were found in the body"));
        var warned = tasks.Count(t => t.Warnings.Count > 0);
        if (warned > 0)
            all.Add(new Diagnostic(Severity.Warning, "tasks.warnings", $"{warned} of {tasks.Count} tasks carry warnings on uncertain fields"));

        return new NoticeDocument
        {
            Source = source.Source,
            Notice = metadata,
            Sections = sections,
            Tasks = tasks,
            Diagnostics = all,
        };
    }
}

/// <summary>Either a parsed notice or the reason the input could not be read.</summary>
public sealed record ExtractionResult(NoticeDocument? Document, InputFailure? Failure)
{
    public static ExtractionResult Success(NoticeDocument document) => new(document, null);

    public static ExtractionResult Fail(string path, InputFailureKind kind, string message) => new(null, new InputFailure(path, kind, message));
}

public sealed record InputFailure(string Path, InputFailureKind Kind, string Message);
