namespace PolicyParse.Reading.Html;

/// <summary>
/// The words portal pages use around an article: labels of the metadata grid and the info bar,
/// footer markers, and the class/id names that say what a block is. One place, so the lexicon
/// can take them over.
/// </summary>
internal static class PortalVocabulary
{
    /// <summary>Labels of the metadata grid many portals put above the title (索引号 … 发布日期).</summary>
    public static readonly string[] MetadataLabels =
    [
        "索引号", "主题分类", "主题词", "体裁分类", "组配分类", "服务对象", "发布机构", "发文机关", "发文单位",
        "发文字号", "文号", "成文日期", "发布日期", "生效日期", "废止日期", "有效性", "公开方式", "公开范围", "文件编号",
    ];

    public const string DocNumberLabel = "发文字号";
    public const string ShortDocNumberLabel = "文号";
    public const string WrittenLabel = "成文日期";
    public const string PublishedLabel = "发布日期";

    /// <summary>How an info bar names the publication date.</summary>
    public static readonly string[] PublishedLabels = ["发布日期", "发布时间", "发文日期"];
    public static readonly string[] IssuerLabels = ["发文机关", "发布机构", "发文单位"];

    /// <summary>Info bar words: a line holding two of them, or one of the standalone ones, is page furniture.</summary>
    public static readonly string[] InfoBarLabels =
    [
        "发布时间", "发布日期", "来源", "信息来源", "作者", "浏览次数", "访问次数", "点击数", "阅读次数", "字号", "字体", "分享到", "打印",
    ];

    /// <summary>Lines that are page furniture on their own (buttons and tool links).</summary>
    public static readonly string[] ToolLines =
    [
        "打印本页", "关闭窗口", "打印", "关闭", "【打印】", "【关闭】", "【关闭窗口】", "【打印本页】", "收藏", "分享",
        "返回顶部", "上一篇", "下一篇", "扫一扫在手机打开当前页", "【字体：大 中 小】", "字号：大 中 小",
    ];

    /// <summary>Breadcrumb openings.</summary>
    public static readonly string[] BreadcrumbStarts = ["当前位置", "您现在的位置", "您的位置", "你的位置", "所在位置"];

    /// <summary>The breadcrumb's first step followed by a separator.</summary>
    public const string BreadcrumbHome = "首页";

    /// <summary>Footer markers: a line holding one anywhere is the site's footer, never the notice.</summary>
    public static readonly string[] FooterMarkers = ["ICP备", "网站标识码", "公网安备", "版权所有", "Copyright"];

    /// <summary>Footer labels: a line starting with one and a colon (主办单位：…) is the footer.</summary>
    public static readonly string[] FooterLabels = ["主办单位", "承办单位", "技术支持", "网站维护", "联系我们", "网站地图"];

    /// <summary>Class/id fragments of the article block (Readability's positive names plus the portals' own).</summary>
    public static readonly string[] PositiveNames =
    [
        "trs_editor", "trs_word", "zoom", "view", "article", "content", "main", "body", "text", "detail", "zw", "wzzw", "con",
    ];

    /// <summary>Class/id fragments of page furniture.</summary>
    public static readonly string[] NegativeNames =
    [
        "nav", "menu", "footer", "foot", "share", "header", "head", "breadcrumb", "crumb", "location", "position", "sidebar",
        "side", "related", "relate", "xgxx", "xglj", "comment", "copyright", "print", "tool", "banner", "link", "search",
        "login", "ad", "qrcode", "ewm",
    ];
}
