using System.Buffers;
using System.Text.RegularExpressions;

namespace PolicyParse.Text;

/// <summary>
/// Some portal copies are in traditional characters (辦公廳, 關于印發), sometimes with pinyin glosses a
/// converter inserted (辦(bàn)公廳). Recognizers match vocabulary on a folded copy; output keeps the
/// document's own characters. The fold maps one character to one character, so an offset in the
/// folded text is the same offset in the original.
/// </summary>
internal static partial class TraditionalFold
{
    // Traditional forms of the characters the vocabulary uses (document kinds, labels, roles, unit endings).
    private const string Traditional = "辦廳關於發點務劃計見報規細則單門頭責負時間區縣鄉鎮會員實議開導領聯處業稅財監場網數據衛農環護資設國號進過運動體經濟機構質產認證書電統籌組織級內與為條創廣慶陽長東華連鐵醫療險藥廠權調輔倉庫協總審幹記錄檢護個們這來對應務問題牽職專屬擔執請轉撥黨紀館營齊讓線區勞廣園價類鏈購戶屬圖範時隊務";
    private const string Simplified = "办厅关于发点务划计见报规细则单门头责负时间区县乡镇会员实议开导领联处业税财监场网数据卫农环护资设国号进过运动体经济机构质产认证书电统筹组织级内与为条创广庆阳长东华连铁医疗险药厂权调辅仓库协总审干记录检护个们这来对应务问题牵职专属担执请转拨党纪馆营齐让线区劳广园价类链购户属图范时队务";

    private static readonly Dictionary<char, char> Map = BuildMap();

    // Every line is checked for traditional characters: one vectorised search, not a lookup per character.
    private static readonly SearchValues<char> MapKeys = SearchValues.Create([.. Map.Keys]);

    private static Dictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        foreach (var (t, s) in Traditional.Zip(Simplified))
            if (t != s) map.TryAdd(t, s);
        return map;
    }

    // (bàn), (gōng): a syllable with tone marks or a tone digit, in brackets, right after a character.
    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[1-5]?[）)]")]
    private static partial Regex PinyinGloss { get; }

    /// <summary>The text with traditional vocabulary characters replaced by their simplified forms; same length.</summary>
    public static string Fold(string text)
    {
        if (!HasTraditional(text)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (Map.TryGetValue(chars[i], out var s))
                chars[i] = s;
        return new string(chars);
    }

    /// <summary>Removes pinyin glosses a converter inserted (辦(bàn)公廳 → 辦公廳); they are not the document's text.</summary>
    public static string WithoutGlosses(string text) => text.Contains('(') || text.Contains('（') ? PinyinGloss.Replace(text, "") : text;

    /// <summary>
    /// The original characters of a value found in the folded text: <paramref name="folded"/> and
    /// <paramref name="original"/> are the same text before and after <see cref="Fold"/>. A value not
    /// found verbatim (joined with spaces, say) is returned as it is.
    /// </summary>
    public static string Restore(string value, string folded, string original)
    {
        if (value.Length == 0 || folded == original) return value;
        var at = folded.IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? value : original.Substring(at, value.Length);
    }

    /// <summary>True when the text holds any traditional character of the vocabulary.</summary>
    public static bool HasTraditional(string text) => text.AsSpan().IndexOfAny(MapKeys) >= 0;
}
