using System.Text.RegularExpressions;

namespace PolicyParse.Lexicon;

/// <summary>
/// The labels and endings of a notice's front and back matter (GB/T 9704 elements and a portal's
/// metadata grid): one place to extend when a producer labels things differently.
/// </summary>
internal static partial class MetadataLabels
{
    // 附件：, 抄送：, a portal's labelled fields, a publicity note (此件公开发布), a document number.
    [GeneratedRegex(@"^(附\s*件|抄\s*送|发布日期|成文日期|发文字号|索引号|主题分类|发文机关|印发日期)\s*[：:]|^[（(]此件.*[）)]$|[〔\[［][0-9]{4}[〕\]］][0-9]+号")]
    private static partial Regex MetadataLine { get; }

    [GeneratedRegex(@"^(发布日期|索引号|发文字号|文号|成文日期|公开日期|生成日期|主题分类|主题词|发文机关|发布机构|公文种类|有效性|公开方式|公开范围|信息来源|来源|文件下载|标题|名称)")]
    private static partial Regex PortalLabel { get; }

    // A portal's navigation trail: 当前位置：首页 > 政务公开 > …, 首页 » 文件.
    [GeneratedRegex(@"^(当前位置|您的位置|您现在的位置)|[>»›]\s*\S+\s*[>»›]")]
    private static partial Regex Breadcrumb { get; }

    // 关于印发A和B的通知: the plans are joined by 和/及/与/、 after a document-kind word.
    [GeneratedRegex("(?<=通知|通报|意见|方案|要点|计划|决定|办法|规定|函|批复|报告|细则|规划|清单)》?(?:和|及|与|、|，)《?")]
    private static partial Regex PlanJoin { get; }

    [GeneratedRegex("(通知|通报|意见|方案|要点|计划|决定|办法|规定|函|批复|报告|细则|规划|清单)$")]
    private static partial Regex KindEnding { get; }

    /// <summary>附件, 抄送, a portal field, a publicity note or a document number: front or back matter, not body text.</summary>
    public static bool IsMetadataLine(string text) => MetadataLine.IsMatch(text);

    /// <summary>A line a portal page adds around the notice (发布日期：…, 索引号：…, 文件下载).</summary>
    public static bool IsPortalLabel(string text) => PortalLabel.IsMatch(text) || Breadcrumb.IsMatch(text);

    /// <summary>The plans one notice title names (A和B → A, B); a single plan gives itself.</summary>
    public static IEnumerable<string> SplitPlanTitles(string titles) =>
        PlanJoin.Split(titles).Select(t => t.Trim('《', '》')).Where(EndsWithDocumentKind);

    /// <summary>The text ends in a document-kind word (通知, 意见, 方案, 要点…), as titles do.</summary>
    public static bool EndsWithDocumentKind(string text) => KindEnding.IsMatch(text);
}
