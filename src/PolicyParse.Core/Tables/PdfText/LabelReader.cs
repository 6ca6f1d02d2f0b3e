using PolicyParse.Lexicon;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Takes key-task label lines (（三）提升 / 基层政务服 / 务能力) out of a stream of cell lines; the key
/// task itself comes from the body. A label starts with a key-task number on a narrow line and goes
/// on while its lines spell the body's title (across a page break too: （十四）鼓 / 励探索创新), or,
/// when the table words it otherwise, while its lines stay narrow.
/// </summary>
/// <param name="wholeCells">The dump prints each cell's lines together (-raw): a label's lines are not
/// interleaved with other columns' pieces.</param>
internal sealed class LabelReader(KeyTaskLabels labels, int keyTaskLevel, bool wholeCells = false)
{
    /// <param name="Title">The body title the label spells, or null when it is worded otherwise.</param>
    private sealed record State(string? Title, string SoFar);

    private State? _state;

    /// <summary>True when the line is (part of) a label and so no cell's.</summary>
    /// <param name="prose">The line is as wide as the 具体工作 column's lines.</param>
    /// <param name="besideCell">The line stands beside a cell's line (printed on the same line).</param>
    public bool Read(string line, bool prose, bool besideCell)
    {
        var key = BodyIndex.Key(line);
        if (_state is { } label && key.Length > 0)
        {
            if (label.Title is { } title && title.StartsWith(label.SoFar + key, StringComparison.Ordinal))
            {
                _state = title.Length > (label.SoFar + key).Length ? label with { SoFar = label.SoFar + key } : null;
                return true;
            }
            // Where cells print whole, a label that printed only its number and goes on unlike the
            // body's title ((五) / 扩大 / “跨区 …) is worded otherwise: its narrow lines are the label's
            // too. (Default mode may print another column's piece right after the number.)
            if ((label.Title is null || (wholeCells && label.SoFar.Length == 0)) && !prose && !besideCell)
            {
                _state = new State(null, label.SoFar + key);
                return true;
            }
            // A label that spells its title stays open: a page break may cut it.
            if (label.Title is null) _state = null;
        }

        if (prose || Heading.Match(CjkText.NormalizeSpacing(line)) is not { } heading || heading.Level != keyTaskLevel)
            return false;
        var restKey = BodyIndex.Key(heading.Rest);
        var titleKey = labels.SplitLeading(line) is { } split ? BodyIndex.Key(split.Section.Title) : null;
        var matches = titleKey is not null && titleKey.StartsWith(restKey, StringComparison.Ordinal);
        _state = matches && restKey.Length >= titleKey!.Length ? null : new State(matches ? titleKey : null, restKey);
        return true;
    }

    /// <summary>Ends a label worded unlike the body (its block ended).</summary>
    public void EndBlock()
    {
        if (_state is { Title: null }) _state = null;
    }
}
