using PolicyParse.Model;

namespace PolicyParse.Reading;

/// <summary>
/// The seam between file formats and parsing: the document's text in reading order, each piece
/// with its origin. Everything after a reader is format-blind.
/// </summary>
public sealed record SourceDocument(SourceInfo Source, IReadOnlyList<Block> Blocks);

public abstract record Block(Origin Origin);

/// <summary>One line of a text file, or one paragraph of a word-processor document, as written.</summary>
public sealed record ParagraphBlock(string Text, Origin Origin) : Block(Origin);
