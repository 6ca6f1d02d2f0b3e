namespace PolicyParse.Reading;

/// <summary>Turns the bytes of one file format into a <see cref="SourceDocument"/>.</summary>
internal interface ISourceReader
{
    /// <summary>The <c>source.format</c> this reader reports, e.g. <c>txt</c>.</summary>
    string Format { get; }

    /// <summary>File extensions (with the dot, lower case) this reader claims.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <exception cref="InputException">The content is not valid for this format.</exception>
    SourceDocument Read(string path, ReadOnlyMemory<byte> content, string sha256);
}
