using PolicyParse.Lexicon;
using PolicyParse.Model;

namespace PolicyParse.Tables.ColumnDump;

/// <summary>
/// Fills one page's rows from its unit and deadline runs. The unit run holds the lead cells in row
/// order and then the support cells; rows printed interleaved already have theirs. When a run has
/// fewer cells than rows, some cells were merged over several rows: the <see cref="RunAligner"/>
/// places the merges and flags every row whose value depends on the placement.
/// </summary>
internal static partial class DumpColumnAligner
{
    // Dates and deadline words: what is left is a deadline's own content (see ContentAffinity). The
    // wording of ongoing deadlines (按时序推进, 长期坚持, 上线并常态化运行) names no subject: 推进 is in
    // half the work sentences.
    [System.Text.RegularExpressions.GeneratedRegex("[0-9]+|年|月|日|前|底|完成|并|持续|推进|工作|按时序|按进度|长期|坚持|常态化|逐步|动态|开展|实施|落实|上线|运行")]
    private static partial System.Text.RegularExpressions.Regex DateWords { get; }

    /// <param name="frequency">How often a cell value occurs in its column over the whole table: a
    /// value printed once in the document (a specific deadline) is less likely a merged cell.</param>
    public static void Align(DumpPage page, Func<string, int> frequency)
    {
        // Each row's wording profile, made once: every run of every column compares the same rows.
        var profiles = new Dictionary<DumpRow, Matching.Similarity.Profile>(ReferenceEqualityComparer.Instance);
        Matching.Similarity.Profile ProfileOf(DumpRow row)
        {
            if (!profiles.TryGetValue(row, out var profile))
                profiles[row] = profile = Matching.Similarity.ProfileOf(row.Text);
            return profile;
        }
        foreach (var row in page.Rows.Where(r => r.Printed is not null))
        {
            row.Lead = row.Printed!.Lead;
            row.Support = row.Printed.Support;
            row.Deadline = row.Printed.Deadline;
            row.Warnings.AddRange(row.Printed.Warnings);
        }

        var needLead = page.Rows.Where(r => r.Lead is null).ToList();
        var leads = new List<string>();
        var supports = new List<string>();
        var consumed = 0; // places of the lead run used, by lead cells and by interleaved rows alike
        var fragments = new List<string>();
        var partial = new HashSet<int>();
        var leadRunOpen = true;
        foreach (var item in page.UnitItems)
        {
            switch (item.Kind)
            {
                case DumpItemKind.UnitFragment:
                    fragments.Add(item.Text);
                    break;
                case DumpItemKind.PartialUnits when leadRunOpen && consumed < needLead.Count:
                    partial.Add(leads.Count);
                    leads.Add(item.Text);
                    consumed++;
                    break;
                case DumpItemKind.Row:
                    if (!leadRunOpen || consumed >= needLead.Count) break;
                    // An interleaved row without text stands in the lead run at its row's place.
                    var row = needLead[consumed++];
                    (row.Lead, row.Support, row.Deadline) = (item.Row!.Lead ?? "", item.Row.Support, item.Row.Deadline);
                    row.Warnings.AddRange(item.Row.Warnings);
                    break;
                case DumpItemKind.Empty:
                    // A lead is never empty: an empty marker means the support run has begun.
                    leadRunOpen = false;
                    supports.Add("");
                    break;
                default:
                    if (leadRunOpen && consumed < needLead.Count) { leads.Add(item.Text); consumed++; }
                    else { leadRunOpen = false; supports.Add(item.Text); }
                    break;
            }
        }

        var leadRows = needLead.Where(r => r.Lead is null).ToList();
        Apply(leadRows, [Fill(leadRows, leads, frequency, ProfileOf)], (r, v) => r.Lead = v, "lead", leads.Count);
        foreach (var i in partial.Where(i => i < leadRows.Count))
            leadRows[i].Warnings.Add(new FieldWarning("lead", "lead.partial", "only the start of this unit cell was printed; the rest is missing"));
        var needSupport = page.Rows.Where(r => r.Support is null).ToList();
        var needDeadline = page.Rows.Where(r => r.Deadline is null).ToList();

        // Empty cells (——) between the last support cell and the first deadline cell belong to either
        // run. Each column holds at most one cell per row and at least one cell: every split the
        // counts allow is aligned, and a row whose value differs between them is a guess.
        var trailing = supports.Count - 1 - supports.FindLastIndex(s => s.Length > 0);
        var splits = Enumerable.Range(0, trailing + 1).Where(j =>
            supports.Count - j <= needSupport.Count && (supports.Count - j > 0 || needSupport.Count == 0)
            && page.Deadlines.Count + j <= needDeadline.Count).ToList();
        if (splits.Count == 0) splits.Add(0);
        var supportRuns = splits.Select(j => supports.Take(supports.Count - j).ToList()).ToList();
        var deadlineRuns = splits.Select(j => Enumerable.Repeat("", j).Concat(page.Deadlines).ToList()).ToList();
        Apply(needSupport, supportRuns.Select(v => Fill(needSupport, v, frequency, ProfileOf, units: true)).ToList(),
            (r, v) => r.Support = v, "support", supportRuns[0].Count);
        Apply(needDeadline, deadlineRuns.Select(v => Fill(needDeadline, v, frequency, ProfileOf, useContent: true)).ToList(),
            (r, v) => r.Deadline = v, "deadline", deadlineRuns[0].Count);

        if (fragments.Count > 0) StitchFragments(page, fragments);
    }

    /// <summary>
    /// A wrapped unit cell whose middle lines were printed interleaved with the row and whose first and
    /// last lines stayed in the unit run (涪陵区、九龙坡 | 区、南岸区、北碚区、铜梁区政 | 府): put it back
    /// together when exactly one interleaved row on the page has an incomplete lead.
    /// </summary>
    private static void StitchFragments(DumpPage page, List<string> fragments)
    {
        var broken = page.Rows.Where(r => r.Printed is not null && r.Lead is { Length: > 0 } l && !Lexicon.UnitNames.IsUnitList(l)).ToList();
        if (broken.Count == 1)
        {
            var row = broken[0];
            var stitched = fragments[0] + row.Lead + string.Concat(fragments.Skip(1));
            if (Lexicon.UnitNames.IsUnitList(stitched)) row.Lead = stitched;
            row.Warnings.Add(new FieldWarning("lead", "lead.fragment", "this unit cell was rebuilt from pieces printed apart"));
            return;
        }
        foreach (var r in page.Rows)
            r.Warnings.Add(new FieldWarning("lead", "lead.fragment", "pieces of a unit cell were printed apart from it; this lead may be incomplete"));
    }

    /// <summary>
    /// Sets each row's value from the first alignment; a row is a guess when that alignment is
    /// unsure of it or another possible reading of the page gives it another value.
    /// </summary>
    private static void Apply(List<DumpRow> rows, IReadOnlyList<IReadOnlyList<AlignedValue>> readings, Action<DumpRow, string> set, string field, int printed)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var value = readings[0][i];
            set(rows[i], value.Value);
            if (readings.Any(r => !r[i].Certain || r[i].Value != value.Value))
                rows[i].Warnings.Add(new FieldWarning(field, $"{field}.merged",
                    $"the page prints {printed} {field} cells for {rows.Count} rows; which rows share a merged cell is a guess"));
        }
    }

    private static IReadOnlyList<AlignedValue> Fill(List<DumpRow> rows, IReadOnlyList<string> values,
        Func<string, int> frequency, Func<DumpRow, Matching.Similarity.Profile> profileOf, bool useContent = false, bool units = false)
    {
        if (rows.Count == 0) return [];
        var similarity = new double[rows.Count];
        for (var r = 1; r < rows.Count; r++) similarity[r] = Matching.Similarity.Score(profileOf(rows[r - 1]), profileOf(rows[r]));
        // Evidence is looked up for every placement: compute it once.
        var affinity = new double[values.Count, rows.Count];
        if (useContent)
        {
            var keys = rows.Select(r => Alignment.BodyIndex.Key(r.Text)).ToArray();
            for (var v = 0; v < values.Count; v++)
            {
                if (ContentWords(values[v]) is not { } words) continue;
                for (var r = 0; r < rows.Count; r++)
                    affinity[v, r] = ContentAffinity(words, keys[r]);
            }
        }
        // A unit is never both lead and support of one task: a support cell naming a unit the row's
        // lead already names cannot be that row's cell (the lead column is one cell per row, so it is
        // known before the support run is placed).
        if (units)
        {
            var named = values.Select(v => UnitNames(v)).ToArray();
            for (var r = 0; r < rows.Count; r++)
            {
                var lead = UnitNames(rows[r].Lead);
                if (lead.Count == 0) continue;
                for (var v = 0; v < values.Count; v++)
                    if (named[v].Overlaps(lead)) affinity[v, r] = -1;
            }
        }
        var printedOnce = values.Select(v => frequency(v) <= 1).ToArray();
        bool SameKeyTask(int r) => rows[r - 1].KeyTask?.Ordinal == rows[r].KeyTask?.Ordinal;
        // Strong: a deadline may name its task's subject; a support cell never repeats its row's lead;
        // nobody merges an empty (——) deadline: every task has a time frame, so an empty one marks a
        // single exceptional row. An empty unit cell, by contrast, is a common state ("no supporting
        // unit") that a run of related rows shares, and tables merge it like any other value. Key tasks
        // are not a strong limit: the key-task column is merged on its own, and the other columns'
        // merged cells may run across its boundaries; the weak evidence below still prefers to split
        // there, since a split between key tasks costs nothing and one between alike rows does.
        var strong = new RunEvidence(
            useContent || units ? (v, r) => affinity[v, r] : null,
            (r, above, here) => above == here && values[here].Length == 0 && !units ? -1 : 0);
        // Weak: read in order, the k-th printed cell belongs to the k-th row until a merge is needed
        // (a reader maps cells from the top); a merged cell tends to group rows that read alike (a
        // list of "…一件事" items); a value printed once in the whole table is rarely a merged one.
        var weak = new RunEvidence((v, r) => v == r ? 0.05 : 0, Gap: (r, above, here) =>
            above != here ? (SameKeyTask(r) ? -similarity[r] : 0) : (printedOnce[here] ? -0.5 : 0));
        return RunAligner.Align(values, rows.Count, strong, weak);
    }

    /// <summary>The units a cell names, without the quantifier opening a catch-all (各区县政府 and 有关区县政府 name the same bodies).</summary>
    private static HashSet<string> UnitNames(string? cell) =>
        string.IsNullOrEmpty(cell) ? [] : Normalization.UnitListParser.Split(cell)
            .Select(u => u.StartsWith("有关", StringComparison.Ordinal) ? u[2..] : u.StartsWith('各') ? u[1..] : u).ToHashSet();

    /// <summary>The distinct character bigrams of a deadline's words beyond dates, or null when it has none.</summary>
    private static List<string>? ContentWords(string deadline)
    {
        var words = DateWords.Replace(Alignment.BodyIndex.Key(deadline), "");
        if (words.Length < 2) return null;
        return Enumerable.Range(0, words.Length - 1).Select(i => words.Substring(i, 2)).Distinct().ToList();
    }

    /// <summary>Words a deadline shares with a task beyond dates (实现“川渝通办”第三批事项通办): evidence they belong together.</summary>
    private static double ContentAffinity(List<string> grams, string key) =>
        grams.Count(g => key.Contains(g, StringComparison.Ordinal)) / (double)grams.Count;
}
