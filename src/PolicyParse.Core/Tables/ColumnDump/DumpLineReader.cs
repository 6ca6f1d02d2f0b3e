using PolicyParse.Lexicon;
using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Normalization;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Tables.ColumnDump;

/// <summary>
/// Cuts the lines of a column dump into items: labels, text, unit lists, deadlines, empty markers
/// and interleaved rows, undoing the gluing the extractor did (四、…深化西南五省…, 持续推进十六、…,
/// …开州区政府持续推进, …“三个100％”。江北区、…).
/// </summary>
internal sealed partial class DumpLineReader(KeyTaskLabels labels, BodyIndex body)
{
    // 十六、 or （十）: a label at either heading level.
    [GeneratedRegex(@"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")]
    private static partial Regex InnerLabel();

    public List<DumpItem> Read(IReadOnlyList<TextLine> lines)
    {
        var items = new List<DumpItem>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (TryGroup(lines, i, out var row, out var next))
            {
                items.Add(new DumpItem(DumpItemKind.Row, row.Text, line.Origin, row));
                i = next - 1;
                continue;
            }
            Classify(line.Text, line.Raw, line.Origin, items);
        }
        return items;
    }

    /// <summary>An interleaved row: a multi-column line followed by more of them or lone cells.</summary>
    private bool TryGroup(IReadOnlyList<TextLine> lines, int start, out InterleavedRow row, out int next)
    {
        row = null!;
        next = start;
        if (!InterleavedRowParser.IsMultiColumnLine(lines[start].Raw)) return false;
        var end = start + 1;
        while (end < lines.Count && !lines[end].IsBlank
               && (InterleavedRowParser.IsMultiColumnLine(lines[end].Raw) || InterleavedRowParser.IsLoneCell(lines[end].Raw))
               && end - start < 8)
            end++;
        var parsed = InterleavedRowParser.Parse(lines.Skip(start).Take(end - start).Select(l => l.Raw).ToList(), body.LongestBodyPrefix);
        if (parsed is null) return false;
        row = parsed;
        next = end;
        return true;
    }

    private void Classify(string text, string raw, Origin origin, List<DumpItem> items)
    {
        text = CjkText.NormalizeSpacing(text);
        if (text.Length == 0) return;

        // A sentence (or a long line) the body holds word for word is 具体工作 text, however it ends:
        // 优化一网通办平台。 ends like a unit name (电视台), 2023年完成普查。 holds a date.
        var split = labels.SplitLeading(raw);
        if (IsBodyText(text) && split is null && !labels.IsTitleFragment(text)) { items.Add(new(DumpItemKind.Text, text, origin)); return; }
        if (Fragments.IsEmptyMarker(text)) { items.Add(new(DumpItemKind.Empty, "", origin)); return; }
        // A label before the cell shapes: a title can read as a unit list (…推进网上中介超市规范运行).
        if (split is not null)
        {
            items.Add(new(DumpItemKind.Label, split.Section.Title, origin, Section: split.Section));
            ClassifyRest(split.TitleComplete ? split.Rest : AfterOwnTitle(split.Rest), origin, items);
            return;
        }
        // Glued cells first: a deadline with a label or a unit cell with a deadline looks like a deadline whole.
        if (TrySplitGlued(text, origin, items)) return;
        if (Fragments.IsDeadline(text)) { items.Add(new(DumpItemKind.Deadline, text, origin)); return; }
        if (UnitNames.IsUnitList(text)) { items.Add(new(DumpItemKind.Units, text, origin)); return; }

        if (labels.IsTitleFragment(text)) { items.Add(new(DumpItemKind.TitleFragment, text, origin)); return; }

        // A full row on one line: text, lead, support, deadline separated by spaces.
        if (TryFullRow(raw, origin, items)) return;

        // …“三个100％”。江北区、北碚区…: a text cell with the start of a unit cell glued on.
        var stop = text.LastIndexOf('。');
        if (stop > 0 && stop < text.Length - 1 && Fragments.IsUnitPiece(text[(stop + 1)..]) && text[(stop + 1)..].IndexOfAny(['、', '，']) > 0)
        {
            items.Add(new(DumpItemKind.Text, text[..(stop + 1)], origin));
            items.Add(new(DumpItemKind.PartialUnits, text[(stop + 1)..], origin));
            return;
        }

        if (!CjkText.EndsSentence(text) && Fragments.IsUnitPiece(text))
        {
            items.Add(new(DumpItemKind.UnitFragment, text, origin));
            return;
        }
        items.Add(new(DumpItemKind.Text, text, origin));
    }

    /// <summary>A unit or deadline cell with the next label or the first deadline glued on, split and classified.</summary>
    private bool TrySplitGlued(string text, Origin origin, List<DumpItem> items)
    {
        // 持续推进十六、实施政务服务技能提升行动: a cell with the next page's label glued on.
        foreach (Match m in InnerLabel().Matches(text))
        {
            if (m.Index == 0) continue;
            var head = text[..m.Index];
            if ((Fragments.IsDeadline(head) || UnitNames.IsUnitList(head)) && labels.SplitLeading(text[m.Index..]) is not null)
            {
                Classify(head, head, origin, items);
                Classify(text[m.Index..], text[m.Index..], origin, items);
                return true;
            }
        }

        // 市级有关部门，渝中区、…开州区政府持续推进: a unit cell with the first deadline glued on (a
        // year-less deadline, 各街道年底前, is a cell only when it begins with its point in time).
        // A deadline cell is at most MaxCellLength characters once its spacing is normalised, which
        // (the text being normalised) removes at most the one space a cut leaves at its start:
        // longer tails cannot be one and are not tried.
        var lastSign = Fragments.LastDeadlineSign(text);
        for (var cut = text.Length - 2; cut >= Math.Max(2, text.Length - DeadlineWords.MaxCellLength - 1); cut--)
        {
            if ((cut > lastSign && text.Length - cut > DeadlineWords.MaxOngoingLength) || !UnitNames.CanEndUnitList(text.AsSpan(0, cut)))
                continue;
            var (units, deadline) = (text[..cut], text[cut..]);
            if (Fragments.IsDeadline(deadline) && UnitNames.IsUnitList(units)
                && (DeadlineWords.StartsDeadline(deadline) || !DeadlineWords.LooksLikeDeadline(deadline)))
            {
                items.Add(new(DumpItemKind.Units, units, origin));
                items.Add(new(DumpItemKind.Deadline, deadline, origin));
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// What follows a label whose title is worded otherwise than the body's heading (the table may
    /// title a key task in its own words): the cell text glued on after it, which starts where the
    /// body opens a clause with ten or more of its characters, or nothing when the rest is a title
    /// alone (no sentence end, and no run of body text).
    /// </summary>
    private string AfterOwnTitle(string rest)
    {
        var text = CjkText.NormalizeSpacing(rest);
        // Body text right after the label (its title wrapped, or only its start matched): all of it is cell text.
        if (body.LongestBodyPrefix(text) >= Math.Min(10, text.Length)) return rest;
        for (var p = 2; p + 10 <= text.Length; p++)
            if (text[p..] is var tail && body.StartsClause(tail) == true && body.LongestBodyPrefix(tail) >= 10)
                return tail;
        return text.Contains('。') || IsBodyText(text) ? rest : "";
    }

    private bool IsBodyText(string text) =>
        (CjkText.EndsSentence(text) ? text.Length >= 4 : text.Length >= 12) && body.LongestBodyPrefix(text) == text.Length;

    private void ClassifyRest(string rest, Origin origin, List<DumpItem> items)
    {
        rest = rest.Trim();
        if (rest.Length == 0) return;
        if (TryFullRow(rest, origin, items)) return;
        Classify(rest, rest, origin, items);
    }

    /// <summary>"问题 以企业…评价方式。 市政府办公厅 市级有关部门 持续推进": every column of a row on one line.</summary>
    private bool TryFullRow(string raw, Origin origin, List<DumpItem> items)
    {
        var segments = Fragments.Segments(raw);
        if (segments.Count < 3 || !Fragments.IsDeadline(segments[^1])) return false;
        var units = new List<string>();
        var k = segments.Count - 2;
        while (k >= 1 && units.Count < 2 && (UnitNames.IsUnitList(segments[k]) || Fragments.IsEmptyMarker(segments[k])))
            units.Insert(0, segments[k--]);
        if (units.Count == 0) return false;
        var textSegments = segments.Take(k + 1).ToList();
        while (textSegments.Count > 1 && labels.IsTitleFragment(textSegments[0])) textSegments.RemoveAt(0);
        var text = CjkText.NormalizeSpacing(string.Join(" ", textSegments));
        if (!CjkText.EndsSentence(text)) return false;

        string lead = units[0], support = units.Count > 1 ? units[1] : "";
        if (Fragments.IsEmptyMarker(lead)) lead = "";
        if (Fragments.IsEmptyMarker(support)) support = "";
        var row = new InterleavedRow(text, lead, support, segments[^1], []);
        items.Add(new(DumpItemKind.Row, text, origin, row));
        return true;
    }
}
