using PolicyParse.Lexicon;
using PolicyParse.Text;
namespace PolicyParse.Tables.PdfText;

/// <summary>What the end of one printed line of a cell says about the cell.</summary>
internal enum LineEndKind
{
    /// <summary>The cell goes on to the next line of its column.</summary>
    Continues,
    /// <summary>The cell ends here.</summary>
    Ends,
    /// <summary>Either: a full line that ends a sentence may end the cell or not.</summary>
    Unsure,
}

/// <summary>
/// Reads a wrapped line's end. A line that stops well short of its column's width ended its
/// paragraph (the next word would have fitted); line-breaking rules keep an opening quote or
/// bracket with the next character and a closing mark with the previous one, so a line that ran on
/// may stop one or two characters short.
/// </summary>
internal static class LineEnd
{
    public static bool EndsSentence(string text) => CjkText.EndsSentence(text);

    /// <summary>For 具体工作 lines: prose cells end with a sentence and usually stop short.</summary>
    public static LineEndKind OfProse(string line, double capacity)
    {
        var width = PrintedWidth.Of(line);
        if (capacity <= 0) return EndsSentence(line) ? LineEndKind.Unsure : LineEndKind.Continues;
        if (EndsSentence(line))
            return width <= capacity - 2 ? LineEndKind.Ends : LineEndKind.Unsure;
        return width <= capacity - 3 ? LineEndKind.Ends : LineEndKind.Continues;
    }

    /// <summary>For short cells (units, deadlines): a line two em short of the column's width ended the cell.</summary>
    public static bool EndsShortCell(string line, double capacity) =>
        capacity > 0 && PrintedWidth.Of(line) <= capacity - 2;

    /// <summary>
    /// A deadline cut inside a clause (2022年6月前建立规范，工 / 作持续推进): the clause after the
    /// last separator is one or two characters that start no deadline, so the next line goes on
    /// with it even when it reads like a deadline of its own.
    /// </summary>
    public static bool EndsMidClause(string text)
    {
        var clause = text[(text.LastIndexOfAny(['，', ',', '、', '；', ';']) + 1)..];
        return clause.Length is > 0 and <= 2 && clause.Length < text.Length
            && !DeadlineWords.StartsDeadline(clause) && !clause.Any(char.IsAsciiDigit);
    }
}
