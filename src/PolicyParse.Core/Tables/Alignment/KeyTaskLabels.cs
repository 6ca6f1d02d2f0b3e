using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Tables.Alignment;

/// <summary>
/// Recognises key-task labels (四、规范实施行政许可和备案管理) that a PDF dump glues onto cell text or
/// wraps over several lines, using the body's section titles as the dictionary.
/// </summary>
internal sealed class KeyTaskLabels(BodyIndex body)
{
    /// <summary>The label a row's 重点任务 cell carries for a section: 一、抓紧抓实… or （一）深化….</summary>
    public static string Format(Section section) =>
        section.Level == 1 ? $"{section.Number}、{section.Title}" : $"{section.Number}{section.Title}";

    /// <summary>A label found at the start of a line, and the cell text that follows it.</summary>
    /// <param name="TitleComplete">False when only a prefix of the title is on this line (the label column wrapped).</param>
    public sealed record LabelSplit(Section Section, string Rest, bool TitleComplete);

    /// <summary>Splits "四、规范实施行政许可和备案管理深化西南五省…" into section 四 and "深化西南五省…".</summary>
    public LabelSplit? SplitLeading(string line)
    {
        // Match on the raw line so the rest keeps its spaces: in a dump they separate columns.
        var text = line.Trim().Replace('\u3000', ' ');
        if (Heading.Match(text) is not { } heading) return null;
        var section = body.KeyTasks.FirstOrDefault(s => s.Ordinal == heading.Ordinal && s.Level == heading.Level);
        if (section is null) return null;

        // Walk the title and the rest together, ignoring spaces and punctuation widths.
        var rest = heading.Rest;
        var title = section.Title;
        int r = 0, t = 0;
        while (r < rest.Length && t < title.Length)
        {
            if (CjkText.IsSpace(rest[r])) { r++; continue; }
            if (CjkText.IsSpace(title[t])) { t++; continue; }
            if (!SameChar(rest[r], title[t])) break;
            r++; t++;
        }
        return new LabelSplit(section, rest[r..].Trim(), t >= title.Length);
    }

    /// <summary>True when the whole line is the tail of a key-task title whose label wrapped (善“一卡通一码通”服务体系).</summary>
    public bool IsTitleFragment(string line)
    {
        var key = BodyIndex.Key(line);
        if (key.Length == 0) return false;
        _titleKeys ??= body.KeyTasks.Select(s => BodyIndex.Key(s.Title)).ToList();
        return _titleKeys.Any(title => title.Length > key.Length && title.EndsWith(key, StringComparison.Ordinal));
    }

    // Every dump line is checked against every title: their keys are made once.
    private List<string>? _titleKeys;

    private static bool SameChar(char a, char b) =>
        a == b || CjkText.MatchKey(a.ToString()) == CjkText.MatchKey(b.ToString());
}
