using System.Text.RegularExpressions;
using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>What a column holds, for judging a candidate cell's shape.</summary>
internal enum RawKind
{
    Sequence,
    Text,
    Units,
    Deadline,
    Other,
}

/// <summary>
/// Costs of reading a run of printed lines as one cell, from the two things every rendering keeps:
/// how a wrapped cell fills its column (docs/domain.md#pdftotext-modes: a cell goes on only after a
/// line that ran to the column's edge) and what its column's cells look like (Lexicon: unit lists
/// joined by 、 with unit endings, deadline shapes, work sentences ending 。/；). A cost of zero is
/// a cell that reads right; each doubt adds to it.
/// </summary>
internal static partial class RawCellCost
{
    /// <summary>A cost too high for any reading to pay: the cell cannot be.</summary>
    public const double Impossible = 1e6;

    public static RawKind KindOf(TaskColumn column) => column switch
    {
        TaskColumn.Sequence => RawKind.Sequence,
        TaskColumn.Text => RawKind.Text,
        TaskColumn.Lead or TaskColumn.Support or TaskColumn.Responsible => RawKind.Units,
        TaskColumn.Deadline => RawKind.Deadline,
        _ => RawKind.Other,
    };

    /// <summary>What leaving the column's cell empty costs: a work text is never missing, a support cell often is.</summary>
    public static double Empty(TaskColumn column) => column switch
    {
        TaskColumn.Text => Impossible,
        TaskColumn.Sequence => 4,
        TaskColumn.Lead or TaskColumn.Responsible => 3,
        TaskColumn.Deadline => 2.5,
        TaskColumn.Support => 0.5,
        _ => 0.3,
    };

    /// <summary>
    /// Whether a line was wrapped because the next line's first unbreakable piece did not fit:
    /// 0 when it was, a small cost when it nearly was, <see cref="Impossible"/> when the line
    /// stopped clearly short (the cell ended there). Unknown width: no evidence either way.
    /// </summary>
    public static double Wrapped(double width, string next, double? capacity)
    {
        if (capacity is not { } c) return 0;
        var reach = width + FirstUnitWidth(next);
        if (reach > c - 0.6) return 0;
        return reach > c - 0.9 ? 2 : Impossible;
    }

    /// <summary>The same test against a width the column is known to have at least (its cell's widest line).</summary>
    public static double Reaches(double reach, double width)
    {
        if (reach > width - 0.6) return 0;
        return reach > width - 0.9 ? 2 : Impossible;
    }

    /// <summary>A line wider than its column: it belongs to another column.</summary>
    /// <remarks>Only a closing mark may hang past the edge; Latin letters and digits vary a little in width.</remarks>
    public static double TooWide(string line, double width, double? capacity) =>
        capacity is { } c && width > c + 0.6 + (Closing.Contains(line.TrimEnd()[^1]) ? 1 : 0) ? 6 : 0;

    /// <summary>
    /// The first piece of a line that line breaking keeps whole: a Latin word or number, or a CJK
    /// character with the closing marks that may not begin a line (局、 → 2) and an opening mark
    /// that may not end one (“7 → with what follows).
    /// </summary>
    public static double FirstUnitWidth(string line)
    {
        var t = line.Trim();
        if (t.Length == 0) return 0;
        var end = 1;
        if (char.IsAsciiLetterOrDigit(t[0]))
            while (end < t.Length && (char.IsAsciiLetterOrDigit(t[end]) || t[end] is '.' or '%' or '-' or '/')) end++;
        else if (Opening.Contains(t[0]) && t.Length > 1) end = 2;
        while (end < t.Length && Closing.Contains(t[end])) end++;
        return PrintedWidth.Of(t[..end]);
    }

    private const string Opening = "（(“‘《〈「『【〔[";
    private const string Closing = "、，。；：？！）)”’》〉」』】〕]%,.;:!?";

    /// <summary>A space inside one cell's line stands next to a Latin word or number; between two CJK characters it parts cells.</summary>
    public static double Glue(string before, string after) =>
        CjkText.IsCjk(before[^1]) && CjkText.IsCjk(after[0]) ? 6 : 0.3;

    /// <summary>Cutting a line at a space between a number and CJK (2021 年) is seldom a cell boundary.</summary>
    public static double Cut(string before, string after) =>
        CjkText.IsCjk(before[^1]) && CjkText.IsCjk(after[0]) ? 0 : 0.3;

    /// <summary>The shape cost of a whole cell's text for its kind.</summary>
    public static double Shape(RawKind kind, string text, int lines) => kind switch
    {
        RawKind.Sequence => text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit) ? 0 : Impossible,
        RawKind.Text => TextShape(text, lines),
        RawKind.Units => UnitShape(text),
        RawKind.Deadline => DeadlineShape(text),
        _ => 0,
    };

    /// <summary>
    /// The shape cost of a cell's text as the first part of a cell a page break cut: only what no
    /// continuation can mend (a date in a unit list, a unit name in a deadline, a short unit list for
    /// a work text); an unfinished sentence, name or date is what a cut cell looks like.
    /// </summary>
    public static double PrefixShape(RawKind kind, string text, int lines) => kind switch
    {
        RawKind.Text => (text.Length <= 40 && (PdfRows.IsCompleteUnitList(text) || DeadlineWords.LooksLikeDeadline(text) || CjkText.IsEmptyMarker(text)) ? 5 : 0)
            + (lines == 1 && PrintedWidth.Of(text) < 4 ? 2 : 0),
        RawKind.Units => CjkText.IsEmptyMarker(text) ? 0 : text.Contains('。') ? 8
            : text.Any(char.IsAsciiDigit) || DeadlineWords.IsOngoing(text) || (text.Length <= 40 && DeadlineWords.StartsDeadline(text)) ? 6 : 0,
        RawKind.Deadline => CjkText.IsEmptyMarker(text) ? 0
            : (!DeadlineWords.StartsDeadline(text[..Math.Min(text.Length, 6)]) ? 3 : 0) + (UnitInText().IsMatch(text) ? 4 : 0) + (text.Contains('。') ? 5 : 0),
        _ => Shape(kind, text, lines),
    };

    private static double TextShape(string text, int lines)
    {
        var cost = 0.0;
        if (!CjkText.EndsSentence(text)) cost += text[^1] is '”' or '）' or ')' ? 1.5 : 4;
        // Only a short text can be a unit list or a deadline instead.
        if (text.Length <= 40 && (PdfRows.IsCompleteUnitList(text) || DeadlineWords.LooksLikeDeadline(text) || CjkText.IsEmptyMarker(text))) cost += 5;
        if (lines == 1 && PrintedWidth.Of(text) < 4) cost += 2;
        return cost;
    }

    private static double UnitShape(string text)
    {
        if (CjkText.IsEmptyMarker(text)) return 0;
        if (text.Contains('。')) return 8;
        var cost = 0.0;
        if (text.Any(char.IsAsciiDigit) || DeadlineWords.IsOngoing(text) || (text.Length <= 40 && DeadlineWords.StartsDeadline(text))) cost += 6;
        if (!PdfRows.IsCompleteUnitList(text)) cost += 4;
        return cost;
    }

    private static double DeadlineShape(string text)
    {
        if (CjkText.IsEmptyMarker(text)) return 0;
        var cost = DeadlineWords.LooksLikeDeadline(text) ? 0 : DeadlineWords.StartsDeadline(text) ? 2.5 : 5;
        // A deadline begins with its time (2022 年, 持续, 上半年); what comes before it is another cell's tail (门, （街道）, 等).
        if (!DeadlineWords.StartsDeadline(text[..Math.Min(text.Length, 6)])) cost += 3;
        if (UnitInText().IsMatch(text)) cost += 4;
        // An ongoing phrase is a word and its verb (持续推进, 长期坚持): two characters alone were cut from it.
        if (text.Length <= 3 && !DeadlineWords.HasPoint(text)) cost += 1.5;
        if (text.Contains('。')) cost += 5;
        return cost;
    }

    /// <summary>
    /// A line break inside a unit cell after a whole name, before a line that starts a name the
    /// way this table's names start: names in a cell are joined by 、, so two cells were read as one.
    /// </summary>
    public static double UnitBreak(UnitCells units, string sofar, string next)
    {
        var first = BracketAwareSplitter.Split(CjkText.NormalizeSpacing(next), UnitNames.ListSeparators).FirstOrDefault() ?? "";
        return PdfRows.IsCompleteUnitList(sofar) && units.BeginsName(first) ? 3 : 0;
    }

    /// <summary>A unit name inside running text: a level prefix, a few characters, an organisation ending.</summary>
    [GeneratedRegex(@"(?:区|市|县|镇|乡|各)[\u4e00-\u9fff]{0,10}?(?:局|委|办|中心|政府|部门|单位|管委会|街道|乡镇)")]
    private static partial Regex UnitInText();
}
