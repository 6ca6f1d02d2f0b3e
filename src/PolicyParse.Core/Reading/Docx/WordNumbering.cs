using PolicyParse.Lexicon;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyParse.Text;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Computes the list labels Word draws from <c>numbering.xml</c> (一、 （一） 1.), which are not in
/// the paragraph text: the section recognizer must see them as if they were typed.
/// Counters follow Word's rules: kept per abstract list, deeper levels restart when a level advances.
/// </summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, (int AbstractId, Dictionary<int, int> StartOverrides)> _instances = [];
    private readonly Dictionary<int, Dictionary<int, Level>> _abstracts = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly HashSet<int> _overridesApplied = [];
    private readonly Dictionary<string, (int? NumId, int? Level, string? BasedOn)> _styles = [];

    private sealed record Level(int Start, string Format, string Text);

    public WordNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var abs in numbering.Elements<AbstractNum>())
            {
                if (abs.AbstractNumberId?.Value is not { } absId) continue;
                _abstracts[absId] = abs.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>()
                    .Where(l => l.LevelIndex?.Value is not null)
                    .ToDictionary(l => l.LevelIndex!.Value, l => new Level(
                        l.StartNumberingValue?.Val?.Value ?? 1,
                        l.NumberingFormat?.Val?.InnerText ?? "decimal",
                        l.LevelText?.Val?.Value ?? ""));
            }
            foreach (var num in numbering.Elements<NumberingInstance>())
            {
                if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } absId) continue;
                var overrides = num.Elements<LevelOverride>()
                    .Where(o => o.LevelIndex?.Value is not null && o.StartOverrideNumberingValue?.Val?.Value is not null)
                    .ToDictionary(o => o.LevelIndex!.Value, o => o.StartOverrideNumberingValue!.Val!.Value);
                _instances[numId] = (absId, overrides);
            }
        }

        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id)
            {
                var numPr = style.StyleParagraphProperties?.NumberingProperties;
                _styles[id] = (numPr?.NumberingId?.Val?.Value, numPr?.NumberingLevelReference?.Val?.Value, style.BasedOn?.Val?.Value);
            }
    }

    /// <summary>The label of this paragraph (advancing the counters), or "" when it is not numbered.</summary>
    public string NextLabel(Paragraph paragraph)
    {
        var (numId, ilvl) = Resolve(paragraph);
        if (numId is not { } id || id == 0 || !_instances.TryGetValue(id, out var instance)) return "";
        if (!_abstracts.TryGetValue(instance.AbstractId, out var levels)) return "";
        var level = ilvl ?? 0;
        if (!levels.TryGetValue(level, out var definition)) return "";

        var counters = CountersFor(instance.AbstractId, levels);
        if (_overridesApplied.Add(id))
            foreach (var (l, start) in instance.StartOverrides)
                if (l < counters.Length) counters[l] = start - 1;
        counters[level]++;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
            counters[deeper] = levels.TryGetValue(deeper, out var d) ? d.Start - 1 : 0;

        if (definition.Format is "none" or "bullet") return "";
        var label = definition.Text;
        for (var l = 0; l <= level; l++)
        {
            var format = levels.TryGetValue(l, out var ld) ? ld.Format : "decimal";
            label = label.Replace($"%{l + 1}", Format(Math.Max(counters[l], 1), format));
        }
        return label;
    }

    private int[] CountersFor(int abstractId, Dictionary<int, Level> levels)
    {
        if (_counters.TryGetValue(abstractId, out var counters)) return counters;
        counters = new int[9];
        for (var l = 0; l < counters.Length; l++)
            counters[l] = levels.TryGetValue(l, out var d) ? d.Start - 1 : 0;
        return _counters[abstractId] = counters;
    }

    /// <summary>numPr on the paragraph, else on its style or the styles it is based on.</summary>
    private (int? NumId, int? Level) Resolve(Paragraph paragraph)
    {
        var numPr = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = numPr?.NumberingId?.Val?.Value, level = numPr?.NumberingLevelReference?.Val?.Value;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; numId is null && styleId is not null && depth < 10 && _styles.TryGetValue(styleId, out var s); depth++)
        {
            numId = s.NumId;
            level ??= s.Level;
            styleId = s.BasedOn;
        }
        return (numId, level);
    }

    /// <summary>Renders a counter in a Word number format.</summary>
    internal static string Format(int n, string format) => format switch
    {
        "decimal" => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "decimalZero" => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０'))),
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand" or "japaneseCounting" => ChineseNumerals.Format(n),
        "ideographDigital" or "taiwaneseDigital" => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => "〇一二三四五六七八九"[c - '0'])),
        "chineseLegalSimplified" => ChineseNumerals.Format(n).Replace('一', '壹').Replace('二', '贰').Replace('三', '叁').Replace('四', '肆').Replace('五', '伍').Replace('六', '陆').Replace('七', '柒').Replace('八', '捌').Replace('九', '玖').Replace('十', '拾'),
        "ideographTraditional" => n is >= 1 and <= 10 ? "甲乙丙丁戊己庚辛壬癸"[n - 1].ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => n is >= 1 and <= 20 ? ((char)('①' + n - 1)).ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "lowerLetter" => ((char)('a' + (n - 1) % 26)).ToString(),
        "upperLetter" => ((char)('A' + (n - 1) % 26)).ToString(),
        "lowerRoman" => Roman(n).ToLowerInvariant(),
        "upperRoman" => Roman(n),
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Roman(int n)
    {
        var result = new System.Text.StringBuilder();
        foreach (var (value, symbol) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (n >= value) { result.Append(symbol); n -= value; }
        return result.ToString();
    }
}
