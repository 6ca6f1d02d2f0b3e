using PolicyParse.Lexicon;
using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Structure;

/// <summary>
/// Finds the GB/T 9704 elements of a notice (title, document number, addressees, issuer, date,
/// publicity, attachments, cc, a portal's 发布日期) and where the plan's body starts and ends.
/// </summary>
internal static partial class MetadataRecognizer
{
    [GeneratedRegex(@"发布日期\s*[：:]\s*(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})")]
    private static partial Regex Published { get; }
    [GeneratedRegex(@"[\u4e00-\u9fff]{1,12}[〔\[［【（(]\s*\d{4}\s*[〕\]］】）)]\s*\d{1,4}\s*号")]
    private static partial Regex DocNumber { get; }
    [GeneratedRegex(@"^[（(](此件[^）)]*)[）)]$")]
    private static partial Regex Publicity { get; }
    [GeneratedRegex(@"^附\s*件\s*[：:]\s*(.*)$")]
    private static partial Regex AttachmentLine { get; }
    [GeneratedRegex(@"^抄\s*送\s*[：:]\s*(.*)$")]
    private static partial Regex CcLine { get; }
    [GeneratedRegex("印发(.+?)的通知$")]
    private static partial Regex PrintedTitle { get; }
    [GeneratedRegex("《([^》]+)》")]
    private static partial Regex QuotedTitle { get; }
    [GeneratedRegex(@"(?:^|\s|[；;，,])(\d{1,2})[.．、]\s*")]
    private static partial Regex NumberedItem { get; }
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace { get; }
    [GeneratedRegex(@"^\d{1,2}[.．、]")]
    private static partial Regex ListNumberStart { get; }

    // Addressees and cc are separated by ，；: 、 joins parts of one addressee (各乡镇人民政府、街道办事处).
    private const string ListSeparators = "，,；;";

    /// <param name="portal">A web portal's metadata grid: used only for fields the text lacks.</param>
    public static (NoticeMetadata Metadata, DocumentLayout Layout) Recognize(IReadOnlyList<TextLine> lines, IReadOnlyDictionary<string, string>? portal = null)
    {
        var (metadata, layout) = RecognizeText(lines);
        return (PortalFallback.Apply(metadata, portal), layout);
    }

    private static (NoticeMetadata Metadata, DocumentLayout Layout) RecognizeText(IReadOnlyList<TextLine> lines)
    {
        // Traditional copies (關于印發…辦公廳) are matched on a folded copy and reported in their own characters.
        var original = lines.Select(l => l with { Text = TraditionalFold.WithoutGlosses(l.Text) }).ToList();
        if (!original.Any(l => TraditionalFold.HasTraditional(l.Text)) && original.Select(l => l.Text).SequenceEqual(lines.Select(l => l.Text)))
            return RecognizeFolded(lines);
        var folded = original.Select(l => l with { Text = TraditionalFold.Fold(l.Text) }).ToList();
        var (m, layout) = RecognizeFolded(folded);
        var (f, o) = (string.Concat(folded.Select(l => l.Text)), string.Concat(original.Select(l => l.Text)));
        string? R(string? v) => v is null ? null : TraditionalFold.Restore(v, f, o);
        return (m with
        {
            NoticeTitle = R(m.NoticeTitle), Title = R(m.Title), Issuer = R(m.Issuer), DocNumber = R(m.DocNumber), Publicity = R(m.Publicity),
            Addressees = m.Addressees.Select(a => R(a)!).ToList(), Attachments = m.Attachments.Select(a => R(a)!).ToList(), Cc = m.Cc.Select(a => R(a)!).ToList(),
        }, layout);
    }

    private static (NoticeMetadata Metadata, DocumentLayout Layout) RecognizeFolded(IReadOnlyList<TextLine> lines)
    {
        var noticeTitle = FindNoticeTitle(lines, out var afterTitle);
        var dateIndex = FindDateLine(lines, afterTitle, out var date, out var issuerOnDateLine);
        date ??= FindLabelledDate(lines);
        var publicityIndex = FindIndex(lines, afterTitle, 60, l => Publicity.IsMatch(l.Text));
        var expectedTitles = ExpectedTitles(lines, noticeTitle, Math.Max(afterTitle, Math.Max(dateIndex, publicityIndex) + 1));
        var titleLine = FindPlanTitle(lines, expectedTitles, Math.Max(afterTitle, Math.Max(dateIndex, publicityIndex) + 1));
        var frontEnd = titleLine >= 0 ? titleLine : Math.Max(dateIndex, publicityIndex) + 1;
        var bodyStart = titleLine + 1;
        var bodyEnd = FindBodyEnd(lines, bodyStart);

        var metadata = new NoticeMetadata
        {
            NoticeTitle = noticeTitle,
            Title = titleLine >= 0 ? lines[titleLine].Text : null,
            Issuer = issuerOnDateLine ?? (dateIndex > 0 ? PreviousText(lines, dateIndex) : null),
            DocNumber = FindDocNumber(lines, AddresseeLine(lines, afterTitle, dateIndex >= 0 ? dateIndex : frontEnd) is var a and >= 0 ? a : frontEnd),
            Date = date,
            Published = FindPublished(lines, frontEnd),
            Addressees = FindAddressees(lines, afterTitle, dateIndex >= 0 ? dateIndex : frontEnd),
            Publicity = publicityIndex >= 0 ? Publicity.Match(lines[publicityIndex].Text).Groups[1].Value : null,
            Attachments = FindAttachments(lines, bodyStart),
            Cc = FindCc(lines),
        };
        var others = new HashSet<int>();
        for (var i = bodyStart; titleLine >= 0 && i < bodyEnd && i < lines.Count; i++)
            if (lines[i].Kind == LineKind.Text && CjkText.MatchKey(lines[i].Text) is var key && key != CjkText.MatchKey(lines[titleLine].Text) && expectedTitles.Contains(key))
                others.Add(i);
        return (metadata, new DocumentLayout(titleLine, bodyStart, bodyEnd) { OtherPlanTitles = others });
    }

    /// <summary>The first lines up to one ending in a document-kind word (通知, 意见, 方案…), joined: titles are often split over two lines.</summary>
    private static string? FindNoticeTitle(IReadOnlyList<TextLine> lines, out int after)
    {
        after = 0;
        var parts = new List<string>();
        for (var i = 0; i < lines.Count && i < 40; i++)
        {
            var line = lines[i];
            if (line.IsBlank || MetadataLabels.IsPortalLabel(line.Text)) continue;
            if (line.Kind is LineKind.Heading or LineKind.TabCell || line.Text.Length > 80) break;
            parts.Add(line.Text);
            if (MetadataLabels.EndsWithDocumentKind(line.Text) && (parts.Count > 1 || line.Text.Contains("关于") || line.Text.EndsWith("通知", StringComparison.Ordinal)))
            {
                after = i + 1;
                return string.Concat(parts);
            }
            if (parts.Count == 3) break;
        }
        return null;
    }

    private static int FindDateLine(IReadOnlyList<TextLine> lines, int from, out string? date, out string? issuer)
    {
        date = null;
        issuer = null;
        for (var i = from; i < lines.Count && i < from + 60; i++)
        {
            var text = lines[i].Text;
            if (lines[i].Kind == LineKind.Heading) break;
            if (DateLine.TryParse(text, out var iso)) { date = iso; return i; }
            // "重庆市人民政府办公厅 2022年3月12日" on one line, as some extractors print the signature block.
            var space = text.LastIndexOf(' ');
            if (space > 0 && DateLine.TryParse(text[(space + 1)..], out iso))
            {
                date = iso;
                issuer = text[..space].Trim();
                return i;
            }
        }
        return -1;
    }

    private static string? PreviousText(IReadOnlyList<TextLine> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (!lines[i].IsBlank)
                return lines[i].Text.EndsWith('：') || lines[i].Text.EndsWith('。') || lines[i].Text.Length > 40 ? null : lines[i].Text;
        return null;
    }

    /// <summary>
    /// The plan's own title: the X of 关于印发X的通知 or of 《X》 where the text has them, else the
    /// first short line ending in a document-kind word.
    /// </summary>
    private static int FindPlanTitle(IReadOnlyList<TextLine> lines, List<string> expected, int from)
    {
        var start = Math.Min(from, lines.Count);
        for (var i = start; i < lines.Count && i < start + 40; i++)
            if (!lines[i].IsBlank && expected.Contains(CjkText.MatchKey(lines[i].Text)))
                return i;
        for (var i = start; i < lines.Count && i < start + 10; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Kind == LineKind.Metadata) continue;
            if (line.Kind == LineKind.Text && line.Text.Length <= 50 && MetadataLabels.EndsWithDocumentKind(line.Text)) return i;
            if (line.Kind == LineKind.Heading) break;
        }
        return -1;
    }

    /// <summary>The plan titles the notice announces: the X of 关于印发X的通知 (each of A和B), and every 《X》 before the body.</summary>
    private static List<string> ExpectedTitles(IReadOnlyList<TextLine> lines, string? noticeTitle, int from)
    {
        var expected = new List<string>();
        if (noticeTitle is not null && PrintedTitle.Match(noticeTitle) is { Success: true } m)
        {
            expected.Add(CjkText.MatchKey(m.Groups[1].Value));
            // 关于印发A和B的通知: one notice issuing two plans; the first that stands in the text is the title.
            foreach (var part in MetadataLabels.SplitPlanTitles(m.Groups[1].Value))
                expected.Add(CjkText.MatchKey(part));
        }
        for (var i = 0; i < from && i < lines.Count; i++)
            foreach (Match q in QuotedTitle.Matches(lines[i].Text))
                expected.Add(CjkText.MatchKey(q.Groups[1].Value));
        return expected;
    }

    /// <summary>The body ends at the attachment note, the 附件 label before a table, or the table itself.</summary>
    private static int FindBodyEnd(IReadOnlyList<TextLine> lines, int from)
    {
        for (var i = Math.Max(from, 0); i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind is LineKind.TableHeader or LineKind.TabCell) return i;
            if (AttachmentLine.IsMatch(line.Text) || line.Text is "附件" or "附 件" || CcLine.IsMatch(line.Text)) return i;
        }
        return lines.Count;
    }

    /// <summary>
    /// 发文字号 stands in the header area, before the addressees: on a line of its own (渝府办发〔2022〕34号,
    /// 松政办 [2022] 15号) or after a portal label (发文字号：…). A number the notice's text cites from
    /// another document sits inside a sentence and is not taken. Brackets are given in the standard 〔〕.
    /// </summary>
    private static string? FindDocNumber(IReadOnlyList<TextLine> lines, int headerEnd)
    {
        for (var i = 0; i < headerEnd && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            var m = DocNumber.Match(text);
            if (!m.Success) continue;
            var labelled = DocNumberLabel.IsMatch(text);
            var rest = text.Remove(m.Index, m.Length);
            if (!labelled && (rest.Length > 12 || rest.IndexOfAny(['《', '》', '“', '”', '。', '，', ',', '（', '(']) >= 0)) continue; // a cited document, not ours
            return CanonicalBrackets.Replace(Whitespace.Replace(m.Value, ""), "〔$1〕");
        }
        return null;
    }

    [GeneratedRegex(@"^(发文字号|文\s*号)\s*[：:]")]
    private static partial Regex DocNumberLabel { get; }
    [GeneratedRegex(@"[〔\[［【（(](\d{4})[〕\]］】）)]")]
    private static partial Regex CanonicalBrackets { get; }
    [GeneratedRegex(@"^成文日期\s*[：:]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")]
    private static partial Regex LabelledDate { get; }

    /// <summary>A portal's 成文日期 label, for a copy whose signature block was cut off.</summary>
    private static string? FindLabelledDate(IReadOnlyList<TextLine> lines)
    {
        for (var i = 0; i < lines.Count && i < 40; i++)
            if (LabelledDate.Match(lines[i].Text) is { Success: true } m && IsoDates.FromGroups(m) is { } date)
                return date;
        return null;
    }

    private static string? FindPublished(IReadOnlyList<TextLine> lines, int frontEnd)
    {
        for (var i = 0; i < Math.Max(frontEnd, 10) && i < lines.Count; i++)
            if (Published.Match(lines[i].Text) is { Success: true } m && IsoDates.FromGroups(m) is { } date)
                return date;
        return null;
    }

    /// <summary>
    /// 主送机关: the line ending with a colon between the title and the date, with the lines it
    /// wrapped from (a printed page breaks long addressee lists).
    /// </summary>
    private static IReadOnlyList<string> FindAddressees(IReadOnlyList<TextLine> lines, int from, int to)
    {
        for (var i = from; i < to && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (lines[i].IsBlank || MetadataLabels.IsPortalLabel(text) || AttachmentLine.IsMatch(text)) continue;
            if (!text.EndsWith('：') && !text.EndsWith(':')) continue;
            for (var k = PreviousNonBlank(lines, i); k >= from && IsListContinuation(lines[k].Text); k = PreviousNonBlank(lines, k))
                text = lines[k].Text + text;
            return BracketAwareSplitter.Split(text[..^1], ListSeparators);
        }
        return [];
    }

    /// <summary>The index of the addressee line (ending in a colon), or -1.</summary>
    private static int AddresseeLine(IReadOnlyList<TextLine> lines, int from, int to)
    {
        for (var i = from; i < to && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (lines[i].IsBlank || MetadataLabels.IsPortalLabel(text) || AttachmentLine.IsMatch(text)) continue;
            if (text.EndsWith('：') || text.EndsWith(':')) return i;
        }
        return -1;
    }

    /// <summary>A line of a list broken by wrapping: list punctuation, no sentence end, no colon.</summary>
    private static bool IsListContinuation(string text) =>
        text.Length > 0 && text.Length <= 60 && text.IndexOfAny(['，', ',', '、']) >= 0
        && !text.EndsWith('。') && !text.EndsWith('：') && !text.EndsWith(':') && !MetadataLabels.EndsWithDocumentKind(text);

    private static int PreviousNonBlank(IReadOnlyList<TextLine> lines, int index)
    {
        var k = index - 1;
        while (k >= 0 && lines[k].IsBlank) k--;
        return k;
    }

    private static IReadOnlyList<string> FindAttachments(IReadOnlyList<TextLine> lines, int from)
    {
        var result = new List<string>();
        for (var i = Math.Max(from, 0); i < lines.Count; i++)
        {
            var m = AttachmentLine.Match(lines[i].Text);
            if (!m.Success) continue;
            // 附件：1.甲 on this line, 2.乙 on the following ones.
            var text = m.Groups[1].Value;
            for (var j = i + 1; j < lines.Count && ListNumberStart.IsMatch(lines[j].Text); j++)
                text += " " + lines[j].Text;
            foreach (var item in SplitNumbered(text))
                if (!result.Contains(item))
                    result.Add(item);
            break;
        }
        return result;
    }

    private static IEnumerable<string> SplitNumbered(string text)
    {
        var matches = NumberedItem.Matches(text);
        if (matches.Count == 0 || matches[0].Index > 1)
        {
            yield return text.Trim().TrimEnd('。');
            yield break;
        }
        for (var k = 0; k < matches.Count; k++)
        {
            var start = matches[k].Index + matches[k].Length;
            var end = k + 1 < matches.Count ? matches[k + 1].Index : text.Length;
            var item = text[start..end].Trim().TrimEnd('。', '；', ';', '，', ',');
            if (item.Length > 0) yield return item;
        }
    }

    /// <summary>抄送 at the very end, joined with the lines it wrapped onto until its final 。.</summary>
    private static IReadOnlyList<string> FindCc(IReadOnlyList<TextLine> lines)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (CcLine.Match(lines[i].Text) is not { Success: true } m) continue;
            var text = m.Groups[1].Value;
            for (var k = i + 1; k < lines.Count && k <= i + 4 && !text.EndsWith('。'); k++)
            {
                if (lines[k].IsBlank) continue;
                if (lines[k].Text.Contains('：') || lines[k].Text.Length > 60) break;
                text += lines[k].Text;
            }
            return BracketAwareSplitter.Split(text.TrimEnd('。', '.'), ListSeparators);
        }
        return [];
    }

    private static int FindIndex(IReadOnlyList<TextLine> lines, int from, int window, Func<TextLine, bool> predicate)
    {
        for (var i = from; i < lines.Count && i < from + window; i++)
            if (predicate(lines[i]))
                return i;
        return -1;
    }
}
