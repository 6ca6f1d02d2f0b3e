using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>Where a table printed as text stops: at the notice's closing elements after it (抄送, 印发).</summary>
internal static class TableEnd
{
    /// <summary>
    /// True for a closing element. A date alone on its line reads like the notice's dated signature,
    /// but inside a table it is a deadline cell printed on its own line (a vertically centred cell
    /// beside a tall row): it does not end the table.
    /// </summary>
    public static bool IsAt(TextLine line) =>
        line.Kind == LineKind.Metadata && !DeadlineWords.LooksLikeDeadline(line.Text);
}
