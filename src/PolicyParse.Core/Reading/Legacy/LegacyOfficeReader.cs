using PolicyParse.Reading.Docx;

namespace PolicyParse.Reading.Legacy;

/// <summary>
/// Reads .doc, .wps and .rtf by converting them to .docx (<see cref="IOfficeConverter"/>) and reading
/// that. <c>source.path</c> and <c>sha256</c> stay the user's file's; <c>source.format</c> names the
/// format the user gave.
/// </summary>
internal sealed class LegacyOfficeReader(string format, IOfficeConverter? converter = null) : ISourceReader
{
    private readonly IOfficeConverter _converter = converter ?? new OfficeConverter();
    private readonly DocxReader _docx = new();

    /// <summary>One reader per legacy format, sharing a converter.</summary>
    public static IReadOnlyList<LegacyOfficeReader> All(IOfficeConverter? converter = null)
    {
        converter ??= new OfficeConverter();
        return [new("doc", converter), new("wps", converter), new("rtf", converter)];
    }

    public string Format { get; } = format;

    public IReadOnlyCollection<string> Extensions { get; } = ["." + format];

    public SourceDocument Read(string path, ReadOnlyMemory<byte> content, string sha256)
    {
        var docx = _converter.ConvertToDocx(content.Span, "." + Format);
        var document = _docx.Read(path, docx, sha256);
        return document with { Source = document.Source with { Format = Format } };
    }
}
