using PolicyParse.Model;
using PolicyParse.Tables.Alignment;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Gives each row its key task by aligning the row's 具体工作 text with the body: the merged
/// 重点任务 label is printed once, vertically centred or cut by a page break, so its position says
/// little, while every 具体工作 cell restates a clause of its key task's paragraph. Rows follow the
/// body's order, so a row that aligns with an earlier key task than the row above, or with none,
/// is flagged.
/// </summary>
public sealed class KeyTaskResolver(BodyIndex body)
{
    /// <summary>Below this share of 3-grams found in a section the row is not taken to restate it.</summary>
    private const double MinimumCoverage = 0.5;

    /// <summary>Two sections covering the text within this margin cannot be told apart.</summary>
    private const double Margin = 0.05;

    private readonly List<Section> _keyTasks = body.KeyTasks.ToList();

    /// <summary>The label a row's 重点任务 cell would carry: 一、抓紧抓实… or （一）深化….</summary>
    public static string Label(Section section) => KeyTaskLabels.Format(section);

    /// <summary>
    /// A row that aligns with nothing but sits between two rows of the same key task belongs to it:
    /// the table lists a key task's rows together.
    /// </summary>
    private static void ClearSandwiched(IReadOnlyList<PdfRow> rows, IReadOnlyList<Section?> sections)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (!rows[i].Warnings.Any(w => w.Code == "keyTask.unaligned")) continue;
            var before = Enumerable.Range(0, i).Reverse().FirstOrDefault(k => !rows[k].Warnings.Any(w => w.Code == "keyTask.unaligned"), -1);
            var after = Enumerable.Range(i + 1, rows.Count - i - 1).FirstOrDefault(k => !rows[k].Warnings.Any(w => w.Code == "keyTask.unaligned"), -1);
            if (before >= 0 && after >= 0 && sections[before] is { } s && ReferenceEquals(s, sections[after]))
                rows[i].Warnings.RemoveAll(w => w.Code == "keyTask.unaligned");
        }
    }

    /// <summary>One section per row (null when nothing is known); doubts go onto the rows.</summary>
    public IReadOnlyList<Section?> Resolve(IReadOnlyList<PdfRow> rows)
    {
        var result = new List<Section?>(rows.Count);
        Section? previous = null;
        foreach (var row in rows)
        {
            var text = row.JoinedText;
            var ranked = _keyTasks
                .Select(s => (Section: s, Coverage: body.Coverage(text, s)))
                .OrderByDescending(x => x.Coverage)
                .ThenBy(x => _keyTasks.IndexOf(x.Section))
                .ToList();
            var best = ranked.FirstOrDefault();
            Section? chosen;
            if (best.Section is null || best.Coverage < MinimumCoverage)
            {
                chosen = previous;
                row.Warn("keyTask", "keyTask.unaligned", "the 具体工作 text matches no key task of the body; the key task of the row above is assumed");
            }
            else
            {
                chosen = best.Section;
                // The row above's key task wins a near tie: rows of one key task come together.
                if (previous is not null && !ReferenceEquals(previous, chosen)
                    && ranked.FirstOrDefault(r => ReferenceEquals(r.Section, previous)).Coverage >= best.Coverage - Margin)
                    chosen = previous;
                else if (ranked.Count > 1 && ranked[1].Coverage >= best.Coverage - Margin && !ReferenceEquals(ranked[1].Section, previous))
                    row.Warn("keyTask", "keyTask.ambiguous", $"the text restates both {Label(best.Section)} and {Label(ranked[1].Section)}");
                if (previous is not null && _keyTasks.IndexOf(chosen) < _keyTasks.IndexOf(previous))
                    row.Warn("keyTask", "keyTask.order", $"the text aligns with {Label(chosen)}, before the key task of the row above");
            }
            result.Add(chosen);
            previous = chosen ?? previous;
        }
        ClearSandwiched(rows, result);
        return result;
    }
}
