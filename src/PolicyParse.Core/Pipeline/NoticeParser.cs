using System.Security.Cryptography;
using PolicyParse.Model;
using PolicyParse.Reading;
using PolicyParse.Reading.Docx;
using PolicyParse.Reading.Html;
using PolicyParse.Reading.Pdf;
using PolicyParse.Structure;
using PolicyParse.Tables;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Pipeline;

/// <summary>
/// The pipeline: reader → tokenizer → metadata and sections → table reconstruction → tasks.
/// Stateless and thread-safe; one instance can parse many files in parallel.
/// </summary>
internal sealed class NoticeParser
{
    private readonly ParserOptions _options;
    private readonly IReadOnlyList<ISourceReader> _readers;
    private readonly TableReconstructor _tables;

    public NoticeParser(ParserOptions? options = null)
    {
        _options = options ?? ParserOptions.Default;
        _readers = Select(AllReaders(), _options.Formats, r => r.Format);
        _tables = new TableReconstructor(Select(TableReconstructor.AllStrategies(), _options.TableLayouts, s => s.Name));
    }

    private static IReadOnlyList<ISourceReader> AllReaders() => [new TxtReader(), new DocxReader(), new HtmlReader(), new PdfReader(), .. Reading.Legacy.LegacyOfficeReader.All()];

    private static IReadOnlyList<T> Select<T>(IReadOnlyList<T> all, IReadOnlyList<string>? names, Func<T, string> name) =>
        names is null ? all : all.Where(x => names.Contains(name(x), StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>The extensions the configured readers accept.</summary>
    public IEnumerable<string> SupportedExtensions => _readers.SelectMany(r => r.Extensions);

    /// <summary>Reads and parses one file. A bad input is returned as a failure, never thrown.</summary>
    public ParseResult ParseFile(string path) => Guard(path, () => Read(path));

    /// <summary>Reads and parses a stream whose name's extension says its format.</summary>
    public ParseResult ParseStream(Stream content, string name) =>
        Guard(name, () => Read(name, InputFile.ReadBytes(content, _options.MaxInputBytes)));

    private ParseResult Guard(string name, Func<SourceDocument> read)
    {
        try
        {
            return ParseResult.Success(Parse(read()));
        }
        catch (InputException e)
        {
            return ParseResult.Fail(name, e.Kind, e.Message);
        }
    }

    /// <summary>Reads a file with the reader its extension names.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, empty or not in a supported format.</exception>
    public SourceDocument Read(string path)
    {
        InputFile.CheckExists(path);
        var reader = ReaderFor(path);
        return Read(reader, path, InputFile.ReadBytes(path, _options.MaxInputBytes));
    }

    /// <summary>Reads bytes with the reader the name's extension names.</summary>
    /// <exception cref="InputException">The bytes are empty or not in a supported format.</exception>
    public SourceDocument Read(string name, byte[] bytes) => Read(ReaderFor(name), name, bytes);

    private SourceDocument Read(ISourceReader reader, string name, byte[] bytes)
    {
        // A page saved from a browser under a .txt name is still a page.
        if (reader.Format == "txt" && _readers.FirstOrDefault(r => r.Format == "html") is { } html && HtmlSniffer.IsHtml(bytes))
            reader = html;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return reader.Read(name, bytes, sha256);
    }

    private ISourceReader ReaderFor(string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return _readers.FirstOrDefault(r => r.Extensions.Contains(extension))
            ?? (extension.Length == 0 ? _readers.FirstOrDefault(r => r.Format == "txt") : null)
            ?? throw new InputException(FailureKind.UnsupportedFormat,
                $"unsupported file type '{extension}' (supported: {string.Join(", ", SupportedExtensions)})");
    }

    /// <summary>Parses a document some reader produced.</summary>
    public NoticeDocument Parse(SourceDocument source)
    {
        var lines = Tokenizer.Tokenize(source.Blocks.OfType<ParagraphBlock>());
        var (metadata, layout) = MetadataRecognizer.Recognize(lines, source.PortalMetadata);
        var sections = SectionRecognizer.Recognize(lines, layout);
        var (table, diagnostics) = _tables.Reconstruct(new TableContext(lines, source.Blocks.OfType<TableBlock>().ToList(), sections, layout.BodyEnd,
            new AlignmentThresholds(_options.KeyTaskCoverage, _options.KeyTaskNoise)));
        var tasks = table is null ? [] : TaskAssembler.Assemble(table.Rows, sections);

        var all = new List<Diagnostic>(diagnostics);
        if (metadata.Title is null)
            all.Add(new Diagnostic(Severity.Warning, "notice.noTitle", "the plan's title was not found; sections are read from the start"));
        if (sections.Count == 0)
            all.Add(new Diagnostic(Severity.Warning, "sections.none", "no numbered sections (一、 （一） 1.) were found in the body"));

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
