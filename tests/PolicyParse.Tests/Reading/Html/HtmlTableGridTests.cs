using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyParse.Reading;
using PolicyParse.Reading.Html;

namespace PolicyParse.Tests.Reading.Html;

/// <summary>Laying HTML table cells onto a grid: spans, ragged rows, malformed markup, nested tables.</summary>
public class HtmlTableGridTests
{
    private static IElement Table(string html) =>
        new HtmlParser().ParseDocument($"<html><body>{html}</body></html>").QuerySelector("table")!;

    private static TableBlock Grid(string html) => HtmlTableGrid.Build(Table(html), 1, HtmlText.Lines);

    private static string[][] Texts(TableBlock t) => t.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray();

    private static bool[][] Merged(TableBlock t) => t.Rows.Select(r => r.Cells.Select(c => c.FromMerge).ToArray()).ToArray();

    [Fact]
    public void Rowspan_copies_the_text_down_marked_as_merged()
    {
        var t = Grid("<table><tr><td rowspan='3'>甲</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>");
        Assert.Equal([["甲", "1"], ["甲", "2"], ["甲", "3"]], Texts(t));
        Assert.Equal([[false, false], [true, false], [true, false]], Merged(t));
        Assert.Equal([1, 2, 3], t.Rows.Select(r => r.Origin.Row!.Value));
        Assert.All(t.Rows, r => Assert.Equal(1, r.Origin.Table));
    }

    [Fact]
    public void Colspan_and_rowspan_together_cover_a_block()
    {
        var t = Grid("<table><tr><td rowspan='2' colspan='2'>A</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td><td>e</td><td>f</td></tr></table>");
        Assert.Equal([["A", "A", "b"], ["A", "A", "c"], ["d", "e", "f"]], Texts(t));
        Assert.Equal([[false, true, false], [true, true, false], [false, false, false]], Merged(t));
    }

    [Fact]
    public void A_cell_after_a_rowspan_takes_the_next_free_column()
    {
        var t = Grid("<table><tr><td>1</td><td rowspan='2'>X</td><td>3</td></tr><tr><td>4</td><td>6</td></tr></table>");
        Assert.Equal([["1", "X", "3"], ["4", "X", "6"]], Texts(t));
    }

    [Fact]
    public void Ragged_rows_are_padded_with_empty_unmerged_cells()
    {
        var t = Grid("<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr><tr></tr></table>");
        Assert.Equal([["a", "b", "c"], ["d", "", ""], ["", "", ""]], Texts(t));
        Assert.False(t.Rows[1].Cells[2].FromMerge);
    }

    [Theory]
    [InlineData("0", 3)]      // rowspan=0: to the end of the table
    [InlineData("99", 3)]     // past the last row: stops there
    [InlineData("2px", 2)]    // leading digits count
    [InlineData("x", 1)]      // not a number: 1
    [InlineData("", 1)]
    public void Odd_rowspan_values_are_read_as_browsers_read_them(string value, int covered)
    {
        var t = Grid($"<table><tr><td rowspan='{value}'>K</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></table>");
        Assert.Equal(covered, t.Rows.Count(r => r.Cells[0].Text == "K"));
    }

    [Fact]
    public void Colspan_zero_or_huge_stays_sane()
    {
        Assert.Equal(2, Grid("<table><tr><td colspan='0'>a</td><td>b</td></tr></table>").Rows[0].Cells.Count);
        Assert.Equal(101, Grid("<table><tr><td colspan='100000'>a</td><td>b</td></tr></table>").Rows[0].Cells.Count);
    }

    [Fact]
    public void Overlapping_spans_keep_the_first_cell()
    {
        // Row 2's colspan runs into the slot row 1's rowspan already holds.
        var t = Grid("<table><tr><td>a</td><td rowspan='2'>R</td></tr><tr><td colspan='2'>W</td></tr></table>");
        Assert.Equal("R", t.Rows[1].Cells[1].Text);
        Assert.Equal("W", t.Rows[1].Cells[0].Text);
    }

    [Fact]
    public void Br_and_paragraphs_inside_a_cell_stay_separate_and_spans_join_without_spaces()
    {
        var t = Grid("<table><tr><td>x</td><td><p><span>区政务</span>\n<span>服务中心</span><br/>区司法局</p><p>&emsp;区财政局&nbsp;</p></td></tr></table>");
        Assert.Equal(["区政务服务中心", "区司法局", "区财政局"], t.Rows[0].Cells[1].Paragraphs);
    }

    [Fact]
    public void Header_rows_come_from_thead_or_all_th_cells()
    {
        var t = Grid("<table><thead><tr><td>重点任务</td><td>具体工作</td></tr></thead><tbody><tr><th>甲</th><th>乙</th></tr><tr><th>丙</th><td>丁</td></tr></tbody></table>");
        Assert.Equal([true, true, false], t.Rows.Select(r => r.IsHeader));
    }

    [Fact]
    public void A_nested_table_is_not_a_row_of_its_outer_table()
    {
        var outer = Table("<table><tr><td><table><tr><td>i1</td><td>i2</td></tr><tr><td>i3</td><td>i4</td></tr></table></td></tr></table>");
        Assert.Single(HtmlTableGrid.OwnRows(outer));
        Assert.False(ArticleWalker.IsDataTable(outer));
        Assert.True(ArticleWalker.IsDataTable(outer.QuerySelector("table table")!));
    }

    [Fact]
    public void One_column_or_one_row_or_link_tables_are_layout()
    {
        Assert.False(ArticleWalker.IsDataTable(Table("<table><tr><td>a</td></tr><tr><td>b</td></tr></table>")));
        Assert.False(ArticleWalker.IsDataTable(Table("<table><tr><td>a</td><td>b</td></tr></table>")));
        Assert.False(ArticleWalker.IsDataTable(Table("<table><tr><td><a href='#'>首页</a></td><td><a href='#'>政务公开</a></td></tr><tr><td><a href='#'>办事</a></td><td><a href='#'>互动</a></td></tr></table>")));
        Assert.True(ArticleWalker.IsDataTable(Table("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>")));
    }
}
