using System.Xml;
using PolicyParse.Lexicon;

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

    /// <summary>Reads <c>numbering.xml</c> and <c>styles.xml</c> (either may be missing).</summary>
    public WordNumbering(Stream? numbering, Stream? styles)
    {
        if (numbering is not null)
            using (var reader = WordXml.Open(numbering))
                if (WordXml.ReadTo(reader, "numbering"))
                    WordXml.Children(reader, ReadDefinition);
        if (styles is not null)
            using (var reader = WordXml.Open(styles))
                if (WordXml.ReadTo(reader, "styles"))
                    WordXml.Children(reader, ReadStyle);
    }

    private void ReadDefinition(XmlReader reader)
    {
        if (WordXml.Is(reader, "abstractNum") && WordXml.IntAttribute(reader, "abstractNumId") is { } absId)
        {
            var levels = new Dictionary<int, Level>();
            WordXml.Children(reader, lvl =>
            {
                if (WordXml.Is(lvl, "lvl") && WordXml.IntAttribute(lvl, "ilvl") is { } index)
                    levels[index] = ReadLevel(lvl);
                else
                    lvl.Skip();
            });
            _abstracts[absId] = levels;
        }
        else if (WordXml.Is(reader, "num") && WordXml.IntAttribute(reader, "numId") is { } numId)
        {
            int? abstractId = null;
            var sawAbstract = false;
            var overrides = new Dictionary<int, int>();
            WordXml.Children(reader, child =>
            {
                if (WordXml.Is(child, "abstractNumId") && !sawAbstract)
                {
                    sawAbstract = true;
                    abstractId = WordXml.IntAttribute(child);
                    child.Skip();
                }
                else if (WordXml.Is(child, "lvlOverride") && WordXml.IntAttribute(child, "ilvl") is { } level)
                {
                    int? start = null;
                    var sawStart = false;
                    WordXml.Children(child, o =>
                    {
                        if (WordXml.Is(o, "startOverride") && !sawStart)
                        {
                            sawStart = true;
                            start = WordXml.IntAttribute(o);
                        }
                        o.Skip();
                    });
                    if (start is { } value) overrides[level] = value;
                }
                else child.Skip();
            });
            if (abstractId is { } absIdOfNum)
                _instances[numId] = (absIdOfNum, overrides);
        }
        else reader.Skip();
    }

    private static Level ReadLevel(XmlReader lvl)
    {
        int? start = null;
        string? format = null, text = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        WordXml.Children(lvl, child =>
        {
            // The first of each element counts, as in the SDK's typed properties.
            if (WordXml.IsWord(child) && seen.Add(child.LocalName))
            {
                switch (child.LocalName)
                {
                    case "start": start = WordXml.IntAttribute(child); break;
                    case "numFmt": format = WordXml.Attribute(child); break;
                    case "lvlText": text = WordXml.Attribute(child); break;
                }
            }
            child.Skip();
        });
        return new Level(start ?? 1, format ?? "decimal", text ?? "");
    }

    private void ReadStyle(XmlReader reader)
    {
        if (!WordXml.Is(reader, "style") || WordXml.Attribute(reader, "styleId") is not { } id)
        {
            reader.Skip();
            return;
        }
        ParagraphNumbering numbering = default;
        string? basedOn = null;
        bool sawPPr = false, sawBasedOn = false;
        WordXml.Children(reader, child =>
        {
            if (WordXml.Is(child, "pPr") && !sawPPr)
            {
                sawPPr = true;
                numbering = ParagraphNumbering.Read(child);
                return;
            }
            if (WordXml.Is(child, "basedOn") && !sawBasedOn)
            {
                sawBasedOn = true;
                basedOn = WordXml.Attribute(child);
            }
            child.Skip();
        });
        _styles[id] = (numbering.NumId, numbering.Level, basedOn);
    }

    /// <summary>The label of this paragraph (advancing the counters), or "" when it is not numbered.</summary>
    public string NextLabel(ParagraphNumbering paragraph)
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
    private (int? NumId, int? Level) Resolve(ParagraphNumbering paragraph)
    {
        int? numId = paragraph.NumId, level = paragraph.Level;
        var styleId = paragraph.StyleId;
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

/// <summary>What a paragraph's own <c>w:pPr</c> says about its list number: <c>w:numPr</c> and <c>w:pStyle</c>.</summary>
internal readonly record struct ParagraphNumbering(int? NumId, int? Level, string? StyleId)
{
    /// <summary>Reads the <c>w:pPr</c> the reader is on, to past its end.</summary>
    public static ParagraphNumbering Read(XmlReader pPr)
    {
        int? numId = null, level = null;
        string? style = null;
        bool sawNumPr = false, sawStyle = false;
        WordXml.Children(pPr, child =>
        {
            if (WordXml.Is(child, "numPr") && !sawNumPr)
            {
                sawNumPr = true;
                bool sawId = false, sawLevel = false;
                WordXml.Children(child, n =>
                {
                    if (WordXml.Is(n, "numId") && !sawId) { sawId = true; numId = WordXml.IntAttribute(n); }
                    else if (WordXml.Is(n, "ilvl") && !sawLevel) { sawLevel = true; level = WordXml.IntAttribute(n); }
                    n.Skip();
                });
                return;
            }
            if (WordXml.Is(child, "pStyle") && !sawStyle)
            {
                sawStyle = true;
                style = WordXml.Attribute(child);
            }
            child.Skip();
        });
        return new ParagraphNumbering(numId, level, style);
    }
}
