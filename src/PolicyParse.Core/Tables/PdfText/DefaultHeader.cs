using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// The header as the default mode prints it: the names in short lines near each other, a name
/// wrapped in its cell cut anywhere and its halves interleaved with the other names' (重点任 / 牵头单
/// / 具体工作 / 务 / 位 / 配合单 完成时 / 位 / 限). A fragment that is the start of a name stays open
/// until a later fragment completes it; the header ends at the first line that is neither.
/// </summary>
internal static class DefaultHeader
{
    /// <summary>Header lines lie within this many lines of each other.</summary>
    private const int Window = 40;

    private static readonly string[] AllNames = ColumnHeader.AllNames.ToArray();

    /// <summary>
    /// The header read from line <paramref name="from"/>: its columns in order of completion, its
    /// last line, and the starts of names it left cut (完成时, whose 限 pdftotext prints among the
    /// cells); or null.
    /// </summary>
    public static (List<TaskColumn> Columns, int Last, List<string> Cut)? ReadAt(IReadOnlyList<TextLine> lines, int from)
    {
        // -layout sets header names far apart on one line; the default mode parts them by a space or two.
        if (lines[from].Raw.Contains("   ", StringComparison.Ordinal)) return null;
        var first = Parts(lines[from]);
        if (first.Count == 0 || !first.All(p => p.Length >= 2 && IsStart(p))) return null;
        var open = new List<string>();
        var columns = new List<TaskColumn>();
        var last = from;
        for (var i = from; i < lines.Count && i < from + Window; i++)
        {
            if (lines[i].IsBlank) continue;
            var parts = Parts(lines[i]);
            var taken = new List<(int Open, string Part)>();
            var opened = new List<string>(open);
            var ok = parts.Count > 0;
            foreach (var part in parts)
            {
                // A fragment completes the earliest open start it continues, or opens a name of its own.
                var at = opened.FindIndex(o => o.Length > 0 && IsStart(o + part));
                if (at >= 0) { opened[at] += part; continue; }
                if (part.Length >= 2 && IsStart(part)) { opened.Add(part); continue; }
                ok = false;
                break;
            }
            if (!ok) break;
            open = opened;
            last = i;
            foreach (var name in open.Where(o => ColumnHeader.Classify(o) != TaskColumn.Unknown).ToList())
            {
                var column = ColumnHeader.Classify(name);
                // 时限 is both a name and the end of 完成时限: a name closes only when nothing longer can follow.
                if (AllNames.Any(n => n.Length > name.Length && n.StartsWith(name, StringComparison.Ordinal))) continue;
                if (!columns.Contains(column)) columns.Add(column);
                open.Remove(name);
            }
            if (open.Count == 0 && columns.Count >= 2 && !NextContinues(lines, i)) break;
        }
        // Names left open at the end are read as they stand (a short name like 时限 is whole), or
        // by the one column they start (完成时).
        var cut = new List<string>();
        foreach (var name in open)
        {
            if (ColumnHeader.Classify(name) is var c and not TaskColumn.Unknown) { if (!columns.Contains(c)) columns.Add(c); }
            else if (ColumnHeader.ClassifyStart(name) is var started and not TaskColumn.Unknown && !columns.Contains(started))
            {
                columns.Add(started);
                cut.Add(name);
            }
        }
        return columns.Count >= 2 ? (columns, last, cut) : null;
    }

    /// <summary>True when the next non-blank line is header fragments too.</summary>
    private static bool NextContinues(IReadOnlyList<TextLine> lines, int i)
    {
        for (var k = i + 1; k < lines.Count && k <= i + 3; k++)
        {
            if (lines[k].IsBlank) continue;
            var parts = Parts(lines[k]);
            return parts.Count > 0 && parts.All(p => p.Length >= 2 && IsStart(p));
        }
        return false;
    }

    private static List<string> Parts(TextLine line) =>
        line.Raw.Contains('\t') ? [] : DefaultParts.Split(line.Raw.Replace("\f", "").Trim()).Select(CjkText.MatchKey).Where(p => p.Length > 0).ToList();

    private static bool IsStart(string fragment) => fragment.Length <= 6 && AllNames.Any(n => n.StartsWith(fragment, StringComparison.Ordinal));
}
