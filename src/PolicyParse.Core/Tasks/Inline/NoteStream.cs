using PolicyParse.Model;

namespace PolicyParse.Tasks.Inline;

/// <summary>One line of an item's text and where it came from.</summary>
internal sealed record Piece(string Text, Origin Origin);

/// <summary>A note found in a stream: its bracket's span and what it says.</summary>
internal sealed record FoundNote(int Start, int End, InlineNote Note);

/// <summary>
/// The lines of an item joined into one text (CJK lines join without a separator), with the origin
/// of each offset. Labelled lines (牵头单位：… / 完成时限：… on lines of their own) are folded into one
/// bracketed note, so they are found like any other note.
/// </summary>
internal sealed class NoteStream
{
    private readonly List<(int Offset, Origin Origin)> _starts = [];

    public string Text { get; }

    public NoteStream(IEnumerable<Piece> pieces)
    {
        var sb = new System.Text.StringBuilder();
        var labelled = new List<string>();
        Origin? labelledOrigin = null;
        foreach (var piece in pieces)
        {
            if (InlineNoteParser.IsLabelledLine(piece.Text))
            {
                labelledOrigin ??= piece.Origin;
                labelled.Add(piece.Text.Trim().TrimEnd('；', ';', '。'));
                continue;
            }
            Flush();
            _starts.Add((sb.Length, piece.Origin));
            sb.Append(piece.Text);
        }
        Flush();
        Text = sb.ToString();

        void Flush()
        {
            if (labelled.Count == 0) return;
            _starts.Add((sb.Length, labelledOrigin!));
            sb.Append('（').Append(string.Join("；", labelled)).Append('）');
            labelled.Clear();
            labelledOrigin = null;
        }
    }

    /// <summary>The origin of the line holding an offset.</summary>
    public Origin OriginAt(int offset)
    {
        var origin = _starts.Count > 0 ? _starts[0].Origin : new Origin();
        foreach (var (start, o) in _starts)
        {
            if (start > offset) break;
            origin = o;
        }
        return origin;
    }

    /// <summary>Every top-level bracket whose inside reads as a responsibility note, in order.</summary>
    public IReadOnlyList<FoundNote> Notes()
    {
        var found = new List<FoundNote>();
        var text = Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsOpen(text[i])) continue;
            var close = MatchingClose(text, i);
            if (close < 0) continue;
            if (InlineNoteParser.TryParse(text[(i + 1)..close], out var note))
                found.Add(new FoundNote(i, close + 1, note));
            i = close;
        }
        return found;
    }

    private static bool IsOpen(char c) => c is '（' or '(' or '〔' or '[' or '［' or '【';

    private static bool IsClose(char c) => c is '）' or ')' or '〕' or ']' or '］' or '】';

    private static int MatchingClose(string text, int open)
    {
        var depth = 0;
        for (var j = open; j < text.Length; j++)
        {
            if (IsOpen(text[j])) depth++;
            else if (IsClose(text[j]) && --depth == 0) return j;
        }
        return -1;
    }

    /// <summary>True when nothing but punctuation and spaces follows an offset.</summary>
    public bool OnlyPunctuationAfter(int offset) =>
        Text[offset..].All(c => char.IsWhiteSpace(c) || c is '。' or '；' or ';' or '，' or ',' or '.' or '\u3000');
}
