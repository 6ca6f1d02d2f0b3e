using PolicyParse.Lexicon;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Puts back together a 具体工作 cell that the default mode printed in pieces scattered over its
/// page (on crowded pages pdftotext's reading order takes a cell's lines one block at a time,
/// between other columns' lines, and not even top-down). A piece whose last line ran to the
/// column's full width without ending its sentence goes on in the piece whose first line the body
/// reads straight on from that last line, wherever on the page the stream printed it. Both lines
/// whole must read on in the body (tens of characters, so a stock phrase cannot match by chance),
/// and only where exactly one piece does, and no other piece claims it.
/// </summary>
internal static class DefaultTextChains
{
    public static void Join(List<DefaultCell> cells, BodyIndex body, double textCapacity)
    {
        var texts = cells.Where(c => c.Kind == TaskColumn.Text).ToList();
        var next = new Dictionary<DefaultCell, DefaultCell>();
        var claimed = new Dictionary<DefaultCell, int>();
        foreach (var piece in texts)
        {
            var last = piece.Lines[^1].Text;
            if (LineEnd.OfProse(last, textCapacity) != LineEndKind.Continues) continue;
            var on = texts.Where(t => t != piece && t.Page == piece.Page && ReadsOn(body, last, t.Lines[0].Text)).Take(2).ToList();
            if (on.Count != 1) continue;
            next[piece] = on[0];
            claimed[on[0]] = claimed.GetValueOrDefault(on[0]) + 1;
        }
        // A piece two pieces read on into says nothing about which one it continues.
        foreach (var (piece, after) in next.ToList())
            if (claimed[after] > 1) next.Remove(piece);
        foreach (var head in texts.Where(t => next.ContainsKey(t) && !next.ContainsValue(t)))
        {
            var seen = new HashSet<DefaultCell> { head };
            for (var at = head; next.TryGetValue(at, out var after) && seen.Add(after); at = after)
            {
                head.Lines.AddRange(after.Lines);
                head.Gathered = true;
                cells.Remove(after);
            }
        }
    }

    /// <summary>The body holds the one line's words running straight on into the other's.</summary>
    private static bool ReadsOn(BodyIndex body, string before, string after)
    {
        var probe = before + after;
        return BodyIndex.Key(before).Length >= 4 && BodyIndex.Key(after).Length >= 4 && body.LongestBodyPrefix(probe) == probe.Length;
    }
}
