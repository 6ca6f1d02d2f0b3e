using PolicyParse.Lexicon;
using System.Text.RegularExpressions;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// A table header printed without positions (`pdftotext -raw`): the names on one line with single
/// spaces, a name wrapped in its cell (完成时 / 限) going on over the next lines.
/// </summary>
internal sealed partial record PlainHeader(IReadOnlyList<TaskColumn> Columns, int FirstLine, int LastLine)
{
    /// <summary>Header names are short; a longer run of fragments is not a wrapped name.</summary>
    private const int MaxNameLength = 6;

    public static PlainHeader? FindFirst(IReadOnlyList<TextLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (ReadAt(lines, i) is { } header)
                return header;
        return null;
    }

    public static PlainHeader? ReadAt(IReadOnlyList<TextLine> lines, int index)
    {
        var line = lines[index];
        if (line.Kind != LineKind.TableHeader || line.Raw.Contains('\t') || LayoutRuns.HasWideGaps(line.Raw)) return null;

        var tokens = Tokens(line.Raw).Select(t => (Line: index, Text: t)).ToList();
        for (var k = index + 1; k < lines.Count && k <= index + 3 && !lines[k].IsBlank && lines[k].Text.Length <= 4; k++)
            tokens.AddRange(Tokens(lines[k].Raw).Select(t => (Line: k, Text: t)));

        var columns = new List<TaskColumn>();
        var last = index;
        var sofar = "";
        foreach (var (lineIndex, text) in tokens)
        {
            sofar += text;
            var column = ColumnHeader.Classify(sofar);
            if (column != TaskColumn.Unknown)
            {
                columns.Add(column);
                last = Math.Max(last, lineIndex);
                sofar = "";
            }
            else if (sofar.Length > MaxNameLength)
            {
                if (lineIndex > index) break; // a following line that is no part of a name ends the header
                columns.Add(TaskColumn.Unknown);
                sofar = "";
            }
        }
        return ColumnHeader.IsTaskTable(columns) ? new PlainHeader(columns, index, last) : null;
    }

    private static IEnumerable<string> Tokens(string raw) =>
        raw.Replace("\f", "").Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The table's lines after the header, as pieces in document order: repeated headers, page
    /// numbers and blank lines dropped, the table ending at the notice's closing elements (抄送).
    /// With <paramref name="splitSameLine"/>, cells printed side by side on one line are split.
    /// </summary>
    public static List<Piece> ReadPieces(IReadOnlyList<TextLine> lines, PlainHeader header, bool splitSameLine, out int blankLines)
    {
        var pieces = new List<Piece>();
        blankLines = 0;
        var page = 0;
        for (var i = header.LastLine + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Raw.Contains('\f')) page++;
            if (TableEnd.IsAt(line)) break;
            if (line.Kind == LineKind.TableHeader && ReadAt(lines, i) is { } repeated) { i = repeated.LastLine; continue; }
            if (line.IsBlank) { blankLines++; continue; }
            if (PageFurniture.IsPageNumber(line.Text)) continue;
            var parts = splitSameLine ? SplitCells(line.Raw.Replace("\f", "").Trim()) : [line.Raw.Replace("\f", "").Trim()];
            foreach (var part in parts)
                pieces.Add(new Piece(i, page, TaskColumn.Unknown, part));
        }
        return pieces;
    }

    /// <summary>
    /// Cells side by side share a line, set apart by one space. Inside a Chinese cell a space
    /// stands only next to Latin letters or digits, so a space between two CJK characters parts
    /// cells, and so does one between a short (unit-wide) cell and a year ending the line:
    /// 市级有关部门 2022 年 (but not 确保在 2022 年底前完成…).
    /// </summary>
    public static List<string> SplitCells(string line)
    {
        var parts = new List<string>();
        var from = 0;
        for (var k = 1; k < line.Length - 1; k++)
        {
            if (line[k] != ' ' || !CjkText.IsCjk(line[k - 1])) continue;
            var tail = line[(k + 1)..];
            var cut = CjkText.IsCjk(line[k + 1])
                || (YearStart().IsMatch(tail) && PrintedWidth.Of(line[from..k]) <= 8 && PrintedWidth.Of(tail) <= 6);
            if (!cut) continue;
            parts.Add(line[from..k].Trim());
            from = k + 1;
        }
        parts.Add(line[from..].Trim());
        parts.RemoveAll(p => p.Length == 0);
        return parts;
    }

    [GeneratedRegex(@"^\d{4}\s*年")]
    private static partial Regex YearStart();
}
