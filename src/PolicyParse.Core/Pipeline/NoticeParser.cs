using System.Security.Cryptography;
using PolicyParse.Model;
using PolicyParse.Reading;
using PolicyParse.Reading.Docx;
using PolicyParse.Structure;
using PolicyParse.Tables;
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
        _readers = readers ?? [new TxtReader(), new DocxReader(), .. Reading.Legacy.LegacyOfficeReader.All()];
        _tables = tables ?? TableReconstructor.Default;
    }

    /// <summary>The extensions the configured readers accept.</summary>
    public IEnumerable<string> SupportedExtensions => _readers.SelectMany(r => r.Extensions);

    /// <summary>Reads and parses one file. A bad input is returned as a failure, never thrown.</summary>
    /// <param name="format">A reader's format (<c>txt</c>, <c>docx</c>…) to use whatever the extension says; null goes by the extension.</param>
    public ExtractionResult ParseFile(string path, string? format = null)
    {
        try
        {
            return ExtractionResult.Success(Parse(format is null ? Read(path) : ReadAs(path, InputFile.ReadBytes(path), format)));
        }
        catch (InputException e)
        {
            return ExtractionResult.Fail(path, e.Kind, e.Message);
        }
    }

    /// <summary>Parses bytes that did not come from a named file (standard input) with the reader of <paramref name="format"/>.</summary>
    /// <param name="name">What <c>source.path</c> and messages call the input.</param>
    public ExtractionResult ParseContent(string name, byte[] bytes, string format)
    {
        try
        {
            if (bytes.Length == 0) throw new InputException(InputFailureKind.Empty, "the input is empty");
            return ExtractionResult.Success(Parse(ReadAs(name, bytes, format)));
        }
        catch (InputException e)
        {
            return ExtractionResult.Fail(name, e.Kind, e.Message);
        }
    }

    private SourceDocument ReadAs(string path, byte[] bytes, string format)
    {
        var reader = _readers.FirstOrDefault(r => r.Format == format)
            ?? throw new InputException(InputFailureKind.UnsupportedFormat,
                $"reading {format} is not supported (supported: {string.Join(", ", _readers.Select(r => r.Format).Distinct())})");
        return reader.Read(path, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
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
        var tasks = table is null ? [] : TaskAssembler.Assemble(table.Rows, sections);

        var all = new List<Diagnostic>(diagnostics);
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
