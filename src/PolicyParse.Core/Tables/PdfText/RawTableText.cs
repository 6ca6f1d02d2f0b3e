using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// One space-separated run of text on a `pdftotext -raw` line. Cells that share a baseline are
/// printed on one line with a space between them, and so are a CJK character and a Latin word
/// inside one cell (低于 90%), so every space is a place where a cell may end; the segmenter
/// decides which.
/// </summary>
/// <param name="Line">Index into the document's tokenized lines.</param>
/// <param name="LineStart">First run of its printed line.</param>
/// <param name="LineEnd">Last run of its printed line.</param>
internal sealed record RawChunk(int Line, int Page, string Text, bool LineStart, bool LineEnd)
{
    public double Width { get; } = PrintedWidth.Of(Text);
}

/// <summary>
/// The table part of a `pdftotext -raw` dump: its header (names wrapped in narrow cells go on over
/// the next lines: 序 / 号, 完 / 成 / 时 / 限) and its lines cut into runs, without the header
/// repeated on later pages, page numbers and running heads.
/// </summary>
internal sealed record RawTableText(IReadOnlyList<TaskColumn> Columns, int FirstLine, int LastLine)
{
    /// <summary>Header names are short; a longer run of fragments is not a wrapped name.</summary>
    private const int MaxNameLength = 6;

    /// <summary>How many lines one wrapped header may take (one character a line in a narrow column).</summary>
    private const int MaxHeaderLines = 24;

    public static RawTableText? Find(IReadOnlyList<TextLine> lines, int from)
    {
        for (var i = Math.Max(from, 0); i < lines.Count; i++)
            if (ReadAt(lines, i) is { } header)
                return header;
        return null;
    }

    /// <summary>A header starting at the line: its tokens, line after line, spell only column names, three or more.</summary>
    public static RawTableText? ReadAt(IReadOnlyList<TextLine> lines, int index)
    {
        var columns = new List<TaskColumn>();
        var sofar = "";
        var last = -1;
        var lastCount = 0;
        for (var k = index; k < lines.Count && k < index + MaxHeaderLines; k++)
        {
            if (lines[k].IsBlank) break;
            var failed = false;
            foreach (var token in Tokens(lines[k].Raw))
            {
                sofar += token;
                var column = ColumnHeader.Classify(sofar);
                if (column != TaskColumn.Unknown) { columns.Add(column); sofar = ""; }
                else if (sofar.Length > MaxNameLength) { failed = true; break; }
            }
            if (failed) break;
            if (sofar.Length == 0) { last = k; lastCount = columns.Count; }
        }
        if (last < 0) return null;
        var found = columns.Take(lastCount).ToList();
        return ColumnHeader.IsTaskTable(found) && found.Distinct().Count() == found.Count ? new RawTableText(found, index, last) : null;
    }

    private static IEnumerable<string> Tokens(string raw) =>
        raw.Replace("\f", "", StringComparison.Ordinal).Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The table's runs in document order. Dropped: the header wherever it repeats, page numbers
    /// at a page's foot or head, and running heads (a line that opens two or more pages alike).
    /// The table ends at the cc line (抄送).
    /// </summary>
    public List<RawChunk> ReadChunks(IReadOnlyList<TextLine> lines)
    {
        var end = lines.Count;
        for (var i = LastLine + 1; i < lines.Count; i++)
            if (lines[i].Text.TrimStart().StartsWith("抄送", StringComparison.Ordinal)) { end = i; break; }

        var openers = Openers(lines, LastLine + 1, end);
        var furniture = RunningHeads(lines, openers);
        var chunks = new List<RawChunk>();
        var page = 0;
        for (var i = LastLine + 1; i < end; i++)
        {
            var line = lines[i];
            if (line.Raw.Contains('\f')) page++;
            if (line.IsBlank) continue;
            if (ReadAt(lines, i) is { } repeated && repeated.Columns.SequenceEqual(Columns)) { i = repeated.LastLine; continue; }
            var text = line.Raw.Replace("\f", "", StringComparison.Ordinal).Trim();
            if (furniture.Contains(i) || IsPageNumberAt(lines, i, end, openers)) continue;
            var parts = text.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
            for (var p = 0; p < parts.Length; p++)
                chunks.Add(new RawChunk(i, page, parts[p], p == 0, p == parts.Length - 1));
        }
        return chunks;
    }

    /// <summary>
    /// A page number stands at a page's foot (the last line before a form feed, or the table's
    /// last line) or head. A bare number there may also be a 序号 cell, so it counts only at the foot.
    /// </summary>
    private static bool IsPageNumberAt(IReadOnlyList<TextLine> lines, int i, int end, HashSet<int> openers)
    {
        var text = lines[i].Text.Trim();
        if (!PageFurniture.IsPageNumber(text)) return false;
        var next = i + 1;
        while (next < end && lines[next].IsBlank && !lines[next].Raw.Contains('\f')) next++;
        var foot = next >= end || lines[next].Raw.Contains('\f');
        return foot || (!text.All(char.IsAsciiDigit) && openers.Contains(i));
    }

    /// <summary>The first non-blank line of each page.</summary>
    private static HashSet<int> Openers(IReadOnlyList<TextLine> lines, int from, int end)
    {
        var openers = new HashSet<int>();
        var pending = false;
        for (var i = from; i < end; i++)
        {
            if (lines[i].Raw.Contains('\f')) pending = true;
            if (pending && !lines[i].IsBlank) { openers.Add(i); pending = false; }
        }
        return openers;
    }

    /// <summary>Lines that open two or more pages with the same text (a running head), unless they read as cell text.</summary>
    private static HashSet<int> RunningHeads(IReadOnlyList<TextLine> lines, HashSet<int> openers) =>
        openers.GroupBy(i => lines[i].Text.Trim())
            .Where(g => g.Count() >= 2 && !DeadlineWords.StartsDeadline(g.Key) && !CjkText.IsEmptyMarker(g.Key) && !g.Key.Contains('。'))
            .SelectMany(g => g).ToHashSet();
}
