using PolicyParse.Model;

namespace PolicyParse.Reading;

/// <summary>
/// The seam between file formats and parsing: the document's text in reading order, each piece
/// with its origin. Everything after a reader is format-blind.
/// </summary>
internal sealed record SourceDocument(SourceInfo Source, IReadOnlyList<Block> Blocks);

internal abstract record Block(Origin Origin);

/// <summary>One line of a text file, or one paragraph of a word-processor document, as written.</summary>
internal sealed record ParagraphBlock(string Text, Origin Origin) : Block(Origin);

/// <summary>
/// A real table (a Word <c>w:tbl</c>) as a grid: merges are already resolved, so every row has a
/// cell for every grid column.
/// </summary>
internal sealed record TableBlock(IReadOnlyList<TableRow> Rows, Origin Origin) : Block(Origin);

/// <param name="IsHeader">Marked as a header row repeated on each page (<c>w:tblHeader</c>).</param>
internal sealed record TableRow(IReadOnlyList<TableCell> Cells, bool IsHeader, Origin Origin);

/// <summary>One grid cell. A cell of several paragraphs keeps them apart so unit lists split correctly.</summary>
/// <param name="FromMerge">The text was copied from the cell a vertical or horizontal merge started in.</param>
internal sealed record TableCell(IReadOnlyList<string> Paragraphs, bool FromMerge)
{
    public string Text => string.Concat(Paragraphs);
}
