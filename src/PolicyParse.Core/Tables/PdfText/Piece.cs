using PolicyParse.Lexicon;
namespace PolicyParse.Tables.PdfText;

/// <summary>One printed line of one cell: where it stands (line index, page) and which column it is in.</summary>
/// <param name="Line">Index into the document's tokenized lines.</param>
internal sealed record Piece(int Line, int Page, TaskColumn Column, string Text);

/// <summary>Consecutive lines of one column taken to be (part of) one cell.</summary>
internal sealed class PieceGroup(TaskColumn column, Piece first)
{
    public TaskColumn Column { get; } = column;
    public List<Piece> Pieces { get; } = [first];
    public int Page => Pieces[0].Page;
    public int First => Pieces[0].Line;
    public int Last => Pieces[^1].Line;
    public string Text => CellText.Join(Pieces);
}

/// <summary>Joining a cell's printed lines back into its text.</summary>
internal static class CellText
{
    /// <summary>Lines of a wrapped cell join without a separator; stray spaces next to CJK go.</summary>
    public static string Join(IEnumerable<Piece> pieces) =>
        CjkText.NormalizeSpacing(string.Concat(pieces.Select(p => p.Text.Trim())));
}
