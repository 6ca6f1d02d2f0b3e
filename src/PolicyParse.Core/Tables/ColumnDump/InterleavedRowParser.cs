using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Normalization;
using PolicyParse.Text;

namespace PolicyParse.Tables.ColumnDump;

/// <summary>
/// Reads a row that a PDF extractor printed line by line across its columns:
/// <code>
/// 全面推进政务服务方式和流程系统性重塑，持续推动 市级有关部门， 持续推
/// ——
/// 减环节、减材料、减时限、减跑动。 各区县政府  进
/// </code>
/// Each line is split into segments; a trailing deadline piece goes to 完成时限, trailing unit pieces
/// to the unit columns, the rest is 具体工作. A cell alone on a middle line is a single-line cell
/// centred beside the wrapped ones.
/// </summary>
internal static class InterleavedRowParser
{
    /// <summary>True when the line holds pieces of several columns ending in a deadline piece (or ——).</summary>
    public static bool IsMultiColumnLine(string raw)
    {
        // Most lines of a dump are one segment: told apart here without the shape tests below.
        if (!Fragments.HasSeveralSegments(raw)) return false;
        var text = CjkText.NormalizeSpacing(raw);
        if (text.Length == 0 || UnitNames.IsUnitList(text) || Fragments.IsDeadline(text)) return false;
        var segments = Fragments.Segments(raw);
        if (segments.Count < 2 || !(Fragments.IsDeadlinePiece(segments[^1]) || Fragments.IsEmptyMarker(segments[^1]))) return false;
        // A whole sentence followed by a whole deadline is a complete row on one line, not a wrapped one.
        // A deadline carries its year on its first line: a year-less tail (12月前) ends a wrapped cell.
        return !(DeadlineWords.LooksLikeDeadline(segments[^1]) && segments.Any(CjkText.EndsSentence));
    }

    /// <summary>A single cell on its own line: —— or a unit list.</summary>
    public static bool IsLoneCell(string raw)
    {
        var segments = Fragments.Segments(raw);
        return segments.Count == 1 && (Fragments.IsEmptyMarker(segments[0]) || Fragments.IsUnitPiece(segments[0]));
    }

    /// <summary>Parses the lines of one interleaved row, or returns null when they do not form one.</summary>
    /// <param name="bodyPrefix">Length of the longest prefix of a text found in the body: text and unit
    /// columns sometimes touch without a space, and the body tells where the text stops.</param>
    public static InterleavedRow? Parse(IReadOnlyList<string> lines, Func<string, int>? bodyPrefix = null)
    {
        if (lines.Count < 2) return null;
        var parsed = lines.Select(l => ParseLine(l, bodyPrefix)).ToList();
        var deadlinePieces = parsed.Where(p => p.Deadline is not null).Select(p => p.Deadline!).ToList();
        var deadline = string.Concat(deadlinePieces);
        if (deadlinePieces.Count > 0 && !Fragments.IsDeadline(deadline)) return null;

        var text = string.Concat(parsed.Select(p => p.Text));
        var warnings = new List<FieldWarning>();
        string? lead = null, support = null;

        var lone = parsed.Where(p => p.IsLone).ToList();
        var twoColumn = parsed.Any(p => p.Units.Count == 2);
        if (twoColumn)
        {
            lead = string.Concat(parsed.Where(p => p.Units.Count > 0).Select(p => p.Units[0]));
            support = string.Concat(parsed.Where(p => p.Units.Count > 1).Select(p => p.Units[1]));
        }
        else if (lone.Count == 1)
        {
            var wrapped = string.Concat(parsed.Where(p => !p.IsLone && p.Units.Count == 1).Select(p => p.Units[0]));
            if (Fragments.IsEmptyMarker(lone[0].Units[0]))
            {
                (lead, support) = (wrapped, "");
            }
            else
            {
                // A centred single-line cell beside a wrapped one: 牵头单位 is usually the shorter cell.
                (lead, support) = (lone[0].Units[0], wrapped);
                warnings.Add(new FieldWarning("lead", "lead.interleaved", "the row's unit cells were printed interleaved; which one leads is a guess"));
                warnings.Add(new FieldWarning("support", "support.interleaved", "the row's unit cells were printed interleaved; which one supports is a guess"));
            }
        }
        else
        {
            var units = string.Concat(parsed.Where(p => p.Units.Count == 1).Select(p => p.Units[0]));
            if (units.Length > 0) lead = units;
        }

        if (lead is not null && Fragments.IsEmptyMarker(lead)) lead = "";
        if (support is not null && Fragments.IsEmptyMarker(support)) support = "";
        return new InterleavedRow(text, lead, support, deadlinePieces.Count > 0 ? deadline : null, warnings);
    }

    private sealed record LinePieces(string Text, List<string> Units, string? Deadline, bool IsLone);

    private static LinePieces ParseLine(string raw, Func<string, int>? bodyPrefix)
    {
        var segments = Fragments.Segments(raw);
        if (IsLoneCell(raw)) return new LinePieces("", [segments[0]], null, true);

        string? deadline = null;
        if (segments.Count > 1 && Fragments.IsDeadlinePiece(segments[^1]))
        {
            deadline = segments[^1];
            segments.RemoveAt(segments.Count - 1);
        }
        var units = new List<string>();
        while (segments.Count > 0 && units.Count < 2 && (Fragments.IsUnitPiece(segments[^1]) || Fragments.IsEmptyMarker(segments[^1])))
        {
            // A text piece never stands alone before the units: keep at least one segment as text when there are several.
            if (segments.Count == 1 && units.Count > 0 && !Fragments.IsUnitPiece(segments[0])) break;
            units.Insert(0, segments[^1]);
            segments.RemoveAt(segments.Count - 1);
        }
        var text = CjkText.NormalizeSpacing(string.Join(" ", segments));
        if (bodyPrefix is not null && text.Length > 0 && units.Count < 2)
        {
            var inBody = bodyPrefix(text);
            var rest = text[inBody..];
            if (inBody >= 4 && rest.Length > 0 && Fragments.IsUnitPiece(rest))
            {
                text = text[..inBody];
                if (units.Count == 0) units.Add(rest); else units[0] = rest + units[0];
            }
        }
        return new LinePieces(text, units, deadline, false);
    }
}
