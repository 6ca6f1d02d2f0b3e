using System.Text;
using CsCheck;

namespace PolicyParse.Tests.Generators;

/// <summary>How a column dump prints its pages; the choices the 2022 corpus text shows, drawn at random.</summary>
/// <param name="RowsPerPage">Rows of the table per printed page.</param>
/// <param name="Seed">Seeds the per-page and per-cell choices below.</param>
internal sealed record DumpStyle(int RowsPerPage, int Seed)
{
    public static readonly Gen<DumpStyle> Gen = CsCheck.Gen.Select(CsCheck.Gen.Int[3, 14], CsCheck.Gen.Int[0, int.MaxValue], (r, s) => new DumpStyle(r, s));
}

/// <summary>
/// The column dump (docs/domain.md#pdf-column-dump) as the 2022 corpus text shows it: per page, the
/// key-task labels, the 具体工作 cells, the lead cells (one per row), the support cells, the deadline
/// cells. Drawn at random, as they vary in that text:
/// <list type="bullet">
/// <item>labels: either every page repeats the labels of its key tasks, or each label is printed once,
/// on the page where its merged cell's middle row falls (so a page may begin with rows of a key task
/// whose label is elsewhere); the last label of a page is sometimes glued to the page's first text
/// (四、规范实施行政许可和备案管理深化西南五省…);</item>
/// <item>a support or deadline cell equal to the one above is usually, not always, one merged cell,
/// and merges run across key-task boundaries (the key-task column is merged on its own);</item>
/// <item>the first deadline is sometimes glued to the last unit cell (…开州区政府持续推进), and the
/// last deadline to the next page's first label (持续推进十六、…);</item>
/// <item>a page break sometimes cuts the last 具体工作 cell of a page: its tail opens the next page's text.</item>
/// </list>
/// Not drawn: line-interleaved rows and unit cells wrapped into pieces.
/// </summary>
internal static class ColumnDumps
{
    private sealed class Page
    {
        public List<string> Labels { get; } = [];
        public List<string> Texts { get; } = [];
        public List<string> Cells { get; } = [];
        public bool DeadlineGlued { get; set; }
    }

    public static string Render(GenTable table, DumpStyle style)
    {
        var random = new Random(style.Seed);
        var rows = table.Rows.ToList();
        var pageCount = (rows.Count + style.RowsPerPage - 1) / style.RowsPerPage;
        var repeatLabels = random.Next(2) == 0;
        var pages = new List<Page>();
        for (var p = 0; p < pageCount; p++)
        {
            var first = p * style.RowsPerPage;
            var rowsOfPage = rows.Skip(first).Take(style.RowsPerPage).ToList();
            var page = new Page();
            foreach (var k in rowsOfPage.Select(r => r.KeyTask).Distinct())
            {
                var rowsOfKey = rows.Select((r, i) => (r, i)).Where(x => x.r.KeyTask == k).Select(x => x.i).ToList();
                var middle = rowsOfKey[(rowsOfKey.Count - 1) / 2];
                if (repeatLabels || middle / style.RowsPerPage == p) page.Labels.Add(k.Label);
            }
            page.Texts.AddRange(rowsOfPage.Select(r => r.Row.Text));
            page.Cells.AddRange(rowsOfPage.Select(r => GenTable.UnitCell(r.Row.Lead)));
            page.Cells.AddRange(Merge(rowsOfPage.Select(r => GenTable.UnitCell(r.Row.Support)).ToList(), random));
            var deadlines = Merge(rowsOfPage.Select(r => r.Row.Deadline.Length == 0 ? "——" : r.Row.Deadline).ToList(), random, mergeEmpty: false);
            // The first deadline glued to the last unit cell.
            if (deadlines[0] != "——" && page.Cells[^1] != "——" && random.Next(5) == 0) { page.Cells[^1] += deadlines[0]; deadlines.RemoveAt(0); page.DeadlineGlued = deadlines.Count == 0; }
            page.Cells.AddRange(deadlines);
            pages.Add(page);
        }

        for (var p = 0; p + 1 < pages.Count; p++)
        {
            // A page break through the last text cell: its tail goes on the next page.
            var last = pages[p].Texts[^1];
            if (last.Length >= 10 && random.Next(4) == 0)
            {
                var cut = random.Next(4, last.Length - 4);
                pages[p].Texts[^1] = last[..cut];
                pages[p + 1].Texts.Insert(0, last[cut..]);
            }
            // The last deadline glued to the next page's first label.
            if (pages[p + 1].Labels.Count > 0 && pages[p].Cells[^1] != "——" && !pages[p].DeadlineGlued && random.Next(5) == 0)
            {
                pages[p].Cells[^1] += pages[p + 1].Labels[0];
                pages[p + 1].Labels.RemoveAt(0);
            }
        }

        var sb = new StringBuilder(table.Body());
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{table.Year}年示例区数据资源工作任务分解\n").Append(string.Join(" ", GenTable.Columns)).Append('\n');
        foreach (var page in pages)
        {
            var texts = page.Texts.ToList();
            var labels = page.Labels.ToList();
            // The page's last label glued to its first text.
            if (labels.Count > 0 && random.Next(3) == 0) { texts[0] = labels[^1] + texts[0]; labels.RemoveAt(labels.Count - 1); }
            foreach (var line in labels.Concat(texts).Concat(page.Cells)) sb.Append(line).Append('\n');
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Equal neighbouring cells printed once (a merged cell), three times in four; an empty deadline is never merged.</summary>
    private static List<string> Merge(List<string> cells, Random random, bool mergeEmpty = true)
    {
        var printed = new List<string> { cells[0] };
        for (var i = 1; i < cells.Count; i++)
            if (cells[i] != cells[i - 1] || (!mergeEmpty && cells[i] == "——") || random.Next(4) == 0) printed.Add(cells[i]);
        return printed;
    }
}
