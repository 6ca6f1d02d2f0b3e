using PolicyParse.Lexicon;
using PolicyParse.Tables.PdfText;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>The runner-up reading of a -raw table: a boundary that reads almost as well both ways is doubtful.</summary>
public class RawMarginTests
{
    private static readonly TaskColumn[] Columns = [TaskColumn.Text, TaskColumn.Lead, TaskColumn.Support, TaskColumn.Deadline];

    /// <summary>Each printed line as its space-separated runs, all on one page.</summary>
    private static List<RawChunk> Chunks(params string[] lines) =>
        lines.SelectMany((line, i) =>
        {
            var parts = line.Split(' ');
            return parts.Select((p, x) => new RawChunk(i, 0, p, x == 0, x == parts.Length - 1));
        }).ToList();

    private static (List<List<RawCell>> Rows, HashSet<(int Row, int Column)> Doubtful) Read(List<RawChunk> chunks, params double?[] capacity)
    {
        var segmenter = new RawSegmenter(chunks, Columns, capacity, margins: true);
        var rows = segmenter.Segment();
        return (rows, segmenter.Doubtful(rows, RawSegmenter.NewRowCost));
    }

    [Fact]
    public void A_unit_line_that_may_end_the_lead_or_begin_the_support_is_doubtful_in_both_fields()
    {
        // The lead's first line fills its column and reads whole (区市 ends like a name); the next line
        // reads whole too: it may go on with the lead or be the support cell.
        var chunks = Chunks("推进审批事项清单化管理。", "区公安局、区市", "场监管局", "持续推进");
        var (rows, doubtful) = Read(chunks, 12, 7, 7, 4);

        Assert.Single(rows);
        Assert.Contains((0, 1), doubtful);
        Assert.Contains((0, 2), doubtful);
        Assert.DoesNotContain((0, 0), doubtful);
        Assert.DoesNotContain((0, 3), doubtful);
    }

    [Fact]
    public void A_lead_line_that_stops_short_of_its_column_leaves_no_doubt()
    {
        // 区财政局 stops three characters short of the edge: the next line cannot be the same cell.
        var chunks = Chunks("推进审批事项清单化管理。", "区财政局", "区级有关部门", "持续推进",
            "全面推行告知承诺制，扩大", "覆盖范围。", "区司法局", "区级有关部门", "持续推进");
        var (rows, doubtful) = Read(chunks, 12, 7, 7, 4);

        Assert.Equal(2, rows.Count);
        Assert.Empty(doubtful);
    }

    [Fact]
    public void Without_margins_nothing_is_doubtful()
    {
        var chunks = Chunks("推进审批事项清单化管理。", "区公安局、区市", "场监管局", "持续推进");
        var segmenter = new RawSegmenter(chunks, Columns, [12, 7, 7, 4]);
        var rows = segmenter.Segment();

        Assert.Empty(segmenter.Doubtful(rows, RawSegmenter.NewRowCost));
    }

    [Theory]
    [InlineData("前实现通办", true)]
    [InlineData("全面推行告知承诺制。", false)]
    public void A_row_whose_work_text_ends_mid_sentence_leaves_the_cell_before_it_doubtful(string text, bool doubted)
    {
        var chunks = Chunks("推进审批事项清单化管理。", "2022年9月底", text, "区司法局");
        List<List<RawCell>> rows =
        [
            [new RawCell(0, 0, 1, false, 0), new RawCell(3, 1, 2, false, 0)],
            [new RawCell(0, 2, 3, false, 0), new RawCell(1, 3, 4, false, 0)],
        ];
        var doubtful = new HashSet<(int Row, int Column)>();

        RawRows.DoubtUnendedStarts(chunks, Columns, rows, doubtful);

        Assert.Equal(doubted, doubtful.Contains((0, 3)));
        Assert.Equal(doubted ? 1 : 0, doubtful.Count);
    }
}
