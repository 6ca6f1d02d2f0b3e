using PolicyParse.Lexicon;
using PolicyParse.Tables.PdfText;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>-raw tables cut by a page break: a cell whose last line filled its column goes on after the break.</summary>
public class RawPageBreakTests
{
    private static readonly TaskColumn[] Columns = [TaskColumn.Text, TaskColumn.Lead, TaskColumn.Support, TaskColumn.Deadline];

    /// <summary>Each printed line as its space-separated runs; a line starting with a form feed opens a new page.</summary>
    internal static List<RawChunk> Chunks(params string[] lines)
    {
        var page = 0;
        return lines.SelectMany((line, i) =>
        {
            if (line.StartsWith('\f')) page++;
            var parts = line.TrimStart('\f').Split(' ');
            var p = page;
            return parts.Select((t, x) => new RawChunk(i, p, t, x == 0, x == parts.Length - 1)).ToList();
        }).ToList();
    }

    private static string Cell(List<RawChunk> chunks, List<List<RawCell>> rows, int row, int column) =>
        string.Concat(rows[row].Where(c => c.Column == column).OrderBy(c => c.From)
            .SelectMany(c => Enumerable.Range(c.From, c.To - c.From)).Select(x => chunks[x].Text));

    [Fact]
    public void A_lead_cut_by_a_page_break_goes_on_after_it_and_the_support_stays_its_own_cell()
    {
        // The lead 区公安局、区大数据发展局 fills its column on the first page and ends after the break.
        // Read with the support line (区司法局) glued in, the lead would end in a whole name before the
        // break too: only the rest printed after the break tells the two readings apart.
        var chunks = Chunks(
            "推进审批服务便民化。", "区公安局、", "区大数据发", "区司法局", "2021年底前",
            "\f展局",
            "优化企业开办流程。", "区税务局", "区财政局", "持续推进");
        var rows = new RawSegmenter(chunks, Columns, [10, 5, 8, 7]).Segment();

        Assert.Equal(2, rows.Count);
        Assert.Equal("区公安局、区大数据发展局", Cell(chunks, rows, 0, 1));
        Assert.Equal("区司法局", Cell(chunks, rows, 0, 2));
        Assert.Equal("2021年底前", Cell(chunks, rows, 0, 3));
        Assert.Equal("优化企业开办流程。", Cell(chunks, rows, 1, 0));
    }
}
