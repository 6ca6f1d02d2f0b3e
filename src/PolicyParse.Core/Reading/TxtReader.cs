using PolicyParse.Model;

namespace PolicyParse.Reading;

/// <summary>Reads a plain-text copy of a notice: one paragraph block per line, blank lines kept.</summary>
internal sealed class TxtReader : ISourceReader
{
    public string Format => "txt";

    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public SourceDocument Read(string path, ReadOnlyMemory<byte> content, string sha256)
    {
        BinarySniffer.RejectBinary(content.Span);
        var (text, encoding) = TextDecoder.Decode(content.Span);
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException(FailureKind.Empty, "the file holds no text");
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            throw new InputException(FailureKind.UnsupportedFormat, "the file is an HTML page, not a text copy; HTML is not supported yet (save the page as text)");

        var lines = text.Split('\n');
        var blocks = new List<Block>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
            blocks.Add(new ParagraphBlock(lines[i].TrimEnd('\r'), Origin.AtLine(i + 1)));
        return new SourceDocument(new SourceInfo(path, Format, encoding, sha256), blocks);
    }
}
