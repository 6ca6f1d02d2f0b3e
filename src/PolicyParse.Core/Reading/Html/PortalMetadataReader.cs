using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Finds a portal's metadata grid (索引号, 发文字号, 成文日期 … as label and value) and reads it into
/// label → value pairs. The grid is the smallest element holding at least three distinct labels,
/// each at the start of its own piece of text, whatever the markup (table cells, list items, divs).
/// </summary>
internal static partial class PortalMetadataReader
{
    /// <summary>Fewer labels than this is a sentence mentioning one, not a grid.</summary>
    private const int MinLabels = 3;

    /// <summary>A label piece is short; a longer text that starts with a label is prose.</summary>
    private const int MaxPieceLength = 80;

    private static readonly Regex Label = new(
        "(?<label>" + string.Join("|", PortalVocabulary.MetadataLabels.OrderByDescending(l => l.Length).Select(Spaced)) + @")\s*(?<colon>[:：])?\s*",
        RegexOptions.CultureInvariant);

    private static readonly Regex InfoBarDate = new(
        "(?:" + string.Join("|", PortalVocabulary.PublishedLabels.Select(Spaced)) + @")\s*[:：]\s*(?<date>\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2})",
        RegexOptions.CultureInvariant);

    public static (IElement? Grid, IReadOnlyDictionary<string, string> Fields) Find(IElement root)
    {
        IElement? best = null;
        Dictionary<string, string>? bestFields = null;
        foreach (var element in root.QuerySelectorAll("table, ul, ol, dl, div, section, p"))
        {
            // Only containers that are small enough to be a grid (not the whole page).
            var text = element.TextContent;
            if (text.Length > 2000) continue;
            var fields = Read(element);
            if (fields.Count < MinLabels) continue;
            // The innermost container that still holds all the labels its ancestor held.
            if (best is null || (best.Contains(element) && fields.Count >= bestFields!.Count))
            {
                (best, bestFields) = (element, fields);
            }
            else if (!best.Contains(element) && !element.Contains(best))
            {
                break; // a second grid further down the page (related documents): keep the first
            }
        }
        return (best, (IReadOnlyDictionary<string, string>?)bestFields ?? new Dictionary<string, string>());
    }

    /// <summary>
    /// The publication date of the info bar (发布时间：2023-02-01 10:30), for pages without a grid:
    /// the first such line of the page. Null when there is none.
    /// </summary>
    public static string? InfoBarPublished(IElement body)
    {
        foreach (var line in HtmlText.Lines(body))
            if (InfoBarDate.Match(line) is { Success: true } m)
                return m.Groups["date"].Value;
        return null;
    }

    /// <summary>The label → value pairs of one container; a later duplicate label does not overwrite.</summary>
    public static Dictionary<string, string> Read(IElement container)
    {
        var pieces = HtmlText.Lines(container);
        // Pieces may hold several pairs on one line ("索引号：… 主题分类：…"): cut before each label
        // that starts the piece or is followed by a colon (inside a value, a bare word is just a word).
        var tokens = new List<(string? Label, string Text)>();
        foreach (var piece in pieces)
        {
            if (piece.Length > MaxPieceLength && !Label.IsMatch(piece[..Math.Min(piece.Length, 8)])) { tokens.Add((null, piece)); continue; }
            var matches = Label.Matches(piece).Where(m => m.Index == 0 || m.Groups["colon"].Success).ToList();
            if (matches.Count == 0 || matches[0].Index > 0) tokens.Add((null, matches.Count == 0 ? piece : piece[..matches[0].Index].Trim()));
            for (var k = 0; k < matches.Count; k++)
            {
                var end = k + 1 < matches.Count ? matches[k + 1].Index : piece.Length;
                var start = matches[k].Index + matches[k].Length;
                tokens.Add((Canonical(matches[k].Groups["label"].Value), piece[start..end].Trim()));
            }
        }

        var fields = new Dictionary<string, string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Label is not { } label) continue;
            var value = tokens[i].Text;
            // "发文字号" in one cell, its value in the next.
            if (value.Length == 0 && i + 1 < tokens.Count && tokens[i + 1].Label is null)
                value = tokens[++i].Text;
            if (value.Length > 0 && value.Length <= MaxPieceLength) fields.TryAdd(label, value);
        }
        return fields;
    }

    /// <summary>Labels are often spaced out to align them (索 引 号).</summary>
    private static string Spaced(string label) => string.Join(@"\s*", label.Select(c => Regex.Escape(c.ToString())));

    private static string Canonical(string label) => Whitespace.Replace(label, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace { get; }
}
