using PolicyParse.Lexicon;
using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Reading.Html;

namespace PolicyParse.Structure;

/// <summary>
/// Fills the fields a notice's own text lacks from the portal's metadata grid (发文字号, 成文日期,
/// 发文机关/发布机构, 发布日期): portals often show the document number only there. The text
/// always wins; a grid value is used only when it has the field's shape.
/// </summary>
internal static partial class PortalFallback
{
    [GeneratedRegex(@"^[\u4e00-\u9fff]{1,12}[〔\[［【（(]\s*\d{4}\s*[〕\]］】）)]\s*\d{1,4}\s*号$")]
    private static partial Regex DocNumber { get; }
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace { get; }
    [GeneratedRegex(@"^(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?(\s.*)?$")]
    private static partial Regex IsoLikeDate { get; }

    public static NoticeMetadata Apply(NoticeMetadata metadata, IReadOnlyDictionary<string, string>? portal)
    {
        if (portal is null || portal.Count == 0) return metadata;
        return metadata with
        {
            DocNumber = metadata.DocNumber ?? DocNumberOf(portal),
            Date = metadata.Date ?? DateOf(portal, PortalVocabulary.WrittenLabel),
            Issuer = metadata.Issuer ?? IssuerOf(portal),
            Published = metadata.Published ?? DateOf(portal, PortalVocabulary.PublishedLabel),
        };
    }

    private static string? DocNumberOf(IReadOnlyDictionary<string, string> portal)
    {
        foreach (var label in new[] { PortalVocabulary.DocNumberLabel, PortalVocabulary.ShortDocNumberLabel })
            if (portal.TryGetValue(label, out var value) && DocNumber.IsMatch(value.Trim()))
                return Whitespace.Replace(value, "");
        return null;
    }

    /// <summary>2022-03-12, 2022年3月12日, 2022/3/12 (a time after it is ignored).</summary>
    internal static string? ParseDate(string value)
    {
        var m = IsoLikeDate.Match(value.Trim());
        return m.Success ? IsoDates.FromGroups(m) : null;
    }

    private static string? DateOf(IReadOnlyDictionary<string, string> portal, string label) =>
        portal.TryGetValue(label, out var value) ? ParseDate(value) : null;

    private static string? IssuerOf(IReadOnlyDictionary<string, string> portal)
    {
        foreach (var label in PortalVocabulary.IssuerLabels)
            if (portal.TryGetValue(label, out var value) && value.Trim() is { Length: > 1 and <= 40 } name && !name.Any(char.IsAsciiDigit))
                return name;
        return null;
    }
}
