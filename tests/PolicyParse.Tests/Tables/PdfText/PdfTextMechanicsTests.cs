using PolicyParse.Model;
using PolicyParse.Tables;
using PolicyParse.Tables.PdfText;
using static PolicyParse.Tests.Tables.PdfText.PdfTextTestKit;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>Hand-made tables in the shapes pdftotext prints, one mechanism at a time.</summary>
public class PdfTextMechanicsTests
{
    // Columns of the hand-made -layout table: label, 具体工作, 牵头单位, 配合单位, 完成时限.
    private const int L = 0, T = 6, Lead = 18, Sup = 25, D = 33;

    private static string LayoutHeader() => string.Join("\n",
        At((D, "完成时")),
        At((L, "重点任务"), (9, "具体工作"), (Lead, "牵头单位"), (26, "配合单位")),
        At((D + 1, "限")),
        "");

    /// <summary>
    /// Three rows: deadline lines interleaved with the text, the label centred beside the rows, a
    /// header wrapped over three lines, and a row (text and lead) cut by a page break.
    /// </summary>
    private static string LayoutTable() => string.Join("\n",
        "\f" + LayoutHeader(),
        At((T, "推进审批事项清单化管"), (Lead, "区政务服务"), (D, "持续推")),
        At((L, "一、深化"), (T, "理，压减审批时限，提"), (Lead, "中心"), (Sup, "区级有关部门"), (D, "进")),
        At((L, "审批改革"), (T, "升审批效率。")),
        "",
        At((T, "全面推行告知承诺制，"), (Lead, "区司法局"), (D, "2023 年")),
        At((T, "扩大覆盖范围。"), (D, "6 月底前")),
        "",
        At((L, "二、优化"), (T, "推动服务事项下沉到基"), (Lead, "区民政局、"), (D, "2023 年")),
        At((L, "公共服务"), (T, "层便民服务中心，方便"), (Lead, "区人力资"), (D, "12 月前")),
        "\f" + LayoutHeader(),
        At((T, "群众就近办理。"), (Lead, "源社保局")),
        "");

    private static void AssertThreeRows(NoticeDocument doc)
    {
        Assert.Equal(3, doc.Tasks.Count);
        var (a, b, c) = (doc.Tasks[0], doc.Tasks[1], doc.Tasks[2]);
        Assert.Equal(new KeyTask("一", 1, "深化审批改革"), a.KeyTask);
        Assert.Equal("推进审批事项清单化管理，压减审批时限，提升审批效率。", a.Text);
        Assert.Equal(["区政务服务中心"], a.Lead);
        Assert.Equal(["区级有关部门"], a.Support);
        Assert.Equal("持续推进", a.Deadline.Text);

        Assert.Equal(1, b.KeyTask?.Ordinal);
        Assert.Equal("全面推行告知承诺制，扩大覆盖范围。", b.Text);
        Assert.Equal(["区司法局"], b.Lead);
        Assert.Empty(b.Support);
        Assert.Equal("2023年6月底前", b.Deadline.Text);

        Assert.Equal(new KeyTask("二", 2, "优化公共服务"), c.KeyTask);
        Assert.Equal("推动服务事项下沉到基层便民服务中心，方便群众就近办理。", c.Text);
        Assert.Equal(["区民政局", "区人力资源社保局"], c.Lead);
        Assert.Equal("2023-12", c.Deadline.Date);
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
    }

    [Fact]
    public void Layout_table_is_rebuilt_from_positions_and_joined_across_the_page_break()
    {
        var doc = Parse(Body + "\n" + LayoutTable());

        AssertThreeRows(doc);
        Assert.Contains(doc.Diagnostics, d => d.Code == "table.strategy" && d.Message.Contains("pdftotext-layout"));
    }

    [Fact]
    public void Layout_columns_follow_each_pages_header_when_alignment_drifts()
    {
        // The second page is printed three columns further right, header and cells alike.
        var shifted = LayoutTable().Split("\f");
        var page2 = string.Join("\n", shifted[2].Split('\n').Select(l => l.Length == 0 ? l : "   " + l));
        var doc = Parse(Body + "\n" + "\f" + shifted[1] + "\f" + page2);

        AssertThreeRows(doc);
    }

    [Fact]
    public void Layout_page_without_header_or_labels_printed_shifted_left_is_read_on_the_headers_columns()
    {
        // pdftotext starts a line at the page's left when nothing stands left of it: a page with no
        // 重点任务 label and no repeated header prints every column six places left of the header.
        var shift = T - L;
        var firstPage = LayoutTable().Split("\f")[1];
        var table = string.Join("\n",
            "\f" + firstPage + "\f" + At((T - shift, "群众就近办理。"), (Lead - shift, "源社保局")),
            "",
            At((T - shift, "提升基层便民服务中心"), (Lead - shift, "区民政局"), (Sup - shift, "各街道"), (D - shift, "持续推进")),
            At((T - shift, "服务能力。")),
            "");
        var doc = Parse(Body.Replace("方便群众就近办理。", "方便群众就近办理。提升基层便民服务中心服务能力。") + "\n" + table);

        Assert.Equal(4, doc.Tasks.Count);
        Assert.Equal("推动服务事项下沉到基层便民服务中心，方便群众就近办理。", doc.Tasks[2].Text);
        Assert.Equal(["区民政局", "区人力资源社保局"], doc.Tasks[2].Lead);
        var last = doc.Tasks[3];
        Assert.Equal("提升基层便民服务中心服务能力。", last.Text);
        Assert.Equal(["区民政局"], last.Lead);
        Assert.Equal(["各街道"], last.Support);
        Assert.Equal("持续推进", last.Deadline.Text);
        // Only 各街道 may be warned: the row above it has no 配合单位, so a merged cell would read nearly as well.
        Assert.All(doc.Tasks, t => Assert.All(t.Warnings, w => Assert.Equal("support", w.Field)));
    }

    [Fact]
    public void Layout_cells_pdftotext_set_one_space_apart_are_cut_where_the_next_column_starts()
    {
        // The 完成时限 column stands between 具体工作 and 牵头单位 here. A full text line and its
        // deadline, and a full deadline line and its unit, print one space apart, and pdftotext
        // sets the glued cell two places left of its column (its positions drift along a line).
        // Full lines are as wide as the column's widest lines printed apart (10 and 6 here).
        const int t = 6, d = 19, lead = 27, sup = 34;
        var table = string.Join("\n",
            "\f" + At((L, "重点任务"), (8, "具体工作"), (d, "完成时限"), (lead, "牵头单位"), (sup, "配合单位")),
            "",
            At((L, "一、深化"), (t, "推进审批事项清单化管 2023 年"), (lead, "区政务服务"), (sup, "区级有关部门")),
            At((L, "审批改革"), (t, "理，压减审批时限，提"), (d + 1, "12 月 3 中心")),
            At((t, "升审批效率。"), (d, "1 日")),
            "",
            At((t, "全面推行告知承诺制，")),
            At((t, "扩大覆盖范围。"), (d, "2023 年"), (lead, "区司法局")),
            At((d, "6 月底前")),
            "");
        var doc = Parse(Body + "\n" + table);

        var first = doc.Tasks[0];
        Assert.Equal("推进审批事项清单化管理，压减审批时限，提升审批效率。", first.Text);
        // The deadline's last line (1 日) stands between the rows: it may be warned, never silently wrong.
        Assert.True(first.Deadline.Text == "2023年12月31日" || first.Warnings.Any(w => w.Field == "deadline"), first.Deadline.Text);
        Assert.Equal(["区政务服务中心"], first.Lead);
        Assert.Equal(["区级有关部门"], first.Support);
        Assert.Equal(["区司法局"], doc.Tasks[1].Lead);
    }

    [Fact]
    public void Layout_full_line_ending_on_a_closing_quote_before_a_blank_line_ends_its_row()
    {
        // The first task has no full stop and fills its column exactly: only the blank line after
        // it (rows here are set apart by one, wrapped lines rarely are) and the second row's own
        // units and deadline say that the next text line starts a row of its own.
        const string body = """
            2023年某区政务服务工作要点

            一、深化审批改革。推进审批事项“一网通办”。压减审批时限，提升审批效率。全面推行告知承诺制，扩大覆盖范围。

            附件：2023年某区政务服务工作任务分解
            """;
        const int t = 6, lead = 20, sup = 29, d = 38;
        var table = string.Join("\n",
            "\f" + At((L, "重点任务"), (9, "具体工作"), (lead, "牵头单位"), (sup, "配合单位"), (d, "完成时限")),
            "",
            At((t, "推进审批事项“一网通办”"), (lead, "区政务服务中心"), (sup, "区大数据局"), (d, "持续推进")),
            "",
            At((L, "一、深化"), (t, "压减审批时限，提升审批"), (lead, "区司法局"), (sup, "区级有关部门"), (d, "2023 年")),
            At((L, "审批改革"), (t, "效率。"), (d, "6 月底前")),
            "",
            At((t, "全面推行告知承诺制，扩大"), (lead, "区民政局"), (sup, "各街道"), (d, "2023 年")),
            At((t, "覆盖范围。"), (d, "12 月前")),
            "");
        var doc = Parse(body + "\n" + table);

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal("推进审批事项“一网通办”", doc.Tasks[0].Text);
        Assert.Equal(["区政务服务中心"], doc.Tasks[0].Lead);
        Assert.Equal("压减审批时限，提升审批效率。", doc.Tasks[1].Text);
        Assert.Equal(["区司法局"], doc.Tasks[1].Lead);
    }

    [Fact]
    public void Layout_full_line_ending_a_sentence_before_a_blank_line_ends_its_row_where_gaps_set_rows_apart()
    {
        // Rows are set apart by blank lines and wrapped lines never are. The second task fills its
        // last line and ends a sentence; the next row has no 配合单位 of its own and shares a merged
        // deadline with it, so the other columns would read the two as one row: the gap says they are two.
        const string body = """
            2023年某区政务服务工作要点

            一、深化审批改革。推进审批事项清单化管理，压减时限。全面推行告知承诺制，扩大覆盖范围并公开。推动服务事项下沉到基层便民服务中心。加强窗口人员培训，提升服务水平。

            附件：2023年某区政务服务工作任务分解
            """;
        var table = string.Join("\n",
            "\f" + LayoutHeader(),
            "",
            At((T, "推进审批事项清单化管"), (Lead, "区政务服务"), (Sup, "区大数据局"), (D, "持续推进")),
            At((T, "理，压减时限。"), (Lead, "中心、区大"), (Sup, "、区财政局")),
            At((Lead, "数据局")),
            "",
            At((L, "一、深化"), (T, "全面推行告知承诺制，"), (Lead, "区司法局")),
            At((L, "审批改革"), (T, "扩大覆盖范围并公开。")),
            "",
            At((D, "2023 年 6 月底前")),
            "",
            At((T, "推动服务事项下沉到基"), (Lead, "区民政局")),
            At((T, "层便民服务中心。")),
            "",
            At((T, "加强窗口人员培训，提"), (Lead, "区人力社保"), (Sup, "各街道"), (D, "持续推进")),
            At((T, "升服务水平。"), (Lead, "局")),
            "");
        var doc = Parse(body + "\n" + table);

        Assert.Equal(4, doc.Tasks.Count);
        Assert.Equal("全面推行告知承诺制，扩大覆盖范围并公开。", doc.Tasks[1].Text);
        Assert.Equal(["区司法局"], doc.Tasks[1].Lead);
        Assert.Equal("推动服务事项下沉到基层便民服务中心。", doc.Tasks[2].Text);
        Assert.Equal(["区民政局"], doc.Tasks[2].Lead);
    }

    [Fact]
    public void Layout_header_whose_every_name_wraps_in_its_narrow_column_is_read()
    {
        // No line of the header holds two whole names: 序 / 号, 重点任 / 务, 完成时 / 限, 牵头 / 单位.
        var table = string.Join("\n",
            "\f" + At((0, "序"), (2, "重点任"), (D, "完成时"), (Lead, "牵头"), (Sup, "配合")),
            At((9, "具体工作")),
            At((0, "号"), (3, "务"), (D + 1, "限"), (Lead, "单位"), (Sup, "单位")),
            "",
            At((T, "推进审批事项清单化管"), (Lead, "区政务服务"), (D, "持续推")),
            At((0, "1"), (2, "一、深化"), (T, "理，压减审批时限，提"), (Lead, "中心"), (Sup, "区级有关部门"), (D, "进")),
            At((2, "审批改革"), (T, "升审批效率。")),
            "",
            At((T, "全面推行告知承诺制，"), (Lead, "区司法局"), (D, "2023 年")),
            At((0, "2"), (T, "扩大覆盖范围。"), (D, "6 月底前")),
            "");
        var doc = Parse(Body + "\n" + table);

        Assert.Equal(2, doc.Tasks.Count);
        Assert.Equal("全面推行告知承诺制，扩大覆盖范围。", doc.Tasks[1].Text);
        Assert.Equal(["区司法局"], doc.Tasks[1].Lead);
    }

    [Fact]
    public void Layout_page_whose_repeated_header_names_one_column_more_is_read_without_failing()
    {
        // Found by fuzzing: the second page's header has 配合单位, the first's does not; a cell in
        // the last column of that page used to index past the first header's columns.
        var table = string.Join("\n",
            "\f" + At((L, "重点任务"), (9, "具体工作"), (Lead, "牵头单位"), (26, "完成时限")),
            "",
            At((L, "一、深化"), (T, "推进审批事项清单化管"), (Lead, "区政务服务"), (26, "持续推进")),
            At((L, "审批改革"), (T, "理，压减审批时限，提"), (Lead, "中心")),
            At((T, "升审批效率。")),
            "",
            "\f" + LayoutHeader(),
            At((T, "全面推行告知承诺制，"), (Lead, "区司法局"), (Sup, "区民政局"), (D, "2023 年")),
            At((T, "扩大覆盖范围。"), (D, "6 月底前")),
            "");
        var doc = Parse(Body + "\n" + table);

        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == "table.internalError");
        Assert.Contains(doc.Tasks, t => t.Text == "全面推行告知承诺制，扩大覆盖范围。");
    }

    [Fact]
    public void Layout_date_alone_on_its_line_is_a_deadline_cell_not_the_end_of_the_table()
    {
        // A deadline centred beside a tall row prints alone on its line, like a dated signature.
        var table = string.Join("\n",
            "\f" + LayoutHeader(),
            At((T, "推进审批事项清单化管"), (Lead, "区政务服务")),
            At((L, "一、深化"), (T, "理，压减审批时限，提"), (Lead, "中心"), (Sup, "区级有关部门")),
            At((D, "2023 年 12 月 31 日")),
            At((L, "审批改革"), (T, "升审批效率。")),
            "",
            At((T, "全面推行告知承诺制，"), (Lead, "区司法局"), (D, "2023 年")),
            At((T, "扩大覆盖范围。"), (D, "6 月底前")),
            "");
        var doc = Parse(Body + "\n" + table);

        Assert.Equal(2, doc.Tasks.Count);
        Assert.Equal("2023年12月31日", doc.Tasks[0].Deadline.Text);
        Assert.Equal(["区司法局"], doc.Tasks[1].Lead);
    }

    [Fact]
    public void Layout_row_boundary_without_a_blank_line_is_found_where_a_prose_line_stops_short()
    {
        var table = string.Join("\n",
            "\f" + LayoutHeader(),
            At((T, "推进审批事项清单化管"), (Lead, "区政务服务"), (D, "持续推")),
            At((L, "一、深化"), (T, "理，压减审批时限，提"), (Lead, "中心"), (Sup, "区级有关部门"), (D, "进")),
            At((L, "审批改革"), (T, "升审批效率。")),
            At((T, "全面推行告知承诺制，"), (Lead, "区司法局"), (D, "2023 年")),
            At((T, "扩大覆盖范围。"), (D, "6 月底前")),
            "");
        var doc = Parse(Body + "\n" + table);

        Assert.Equal(2, doc.Tasks.Count);
        Assert.Equal("全面推行告知承诺制，扩大覆盖范围。", doc.Tasks[1].Text);
        Assert.Equal(["区司法局"], doc.Tasks[1].Lead);
    }

    [Fact]
    public void Layout_work_cell_ends_where_another_columns_lines_print_below_it_with_the_work_column_empty()
    {
        // The first task ends on a nearly full line without a full stop; its support list goes on
        // for three lines with nothing in the work column: the work cell ended above them.
        const string body = """
            2023年某区政务服务工作要点

            一、深化审批改革。推进高频政务服务事项“跨区通办”、“一网通办”。压减审批时限，提升审批效率。全面推行告知承诺制，扩大覆盖范围。

            附件：2023年某区政务服务工作任务分解
            """;
        const int t = 6, lead = 20, sup = 29, d = 38;
        var table = string.Join("\n",
            "\f" + At((L, "重点任务"), (9, "具体工作"), (lead, "牵头单位"), (sup, "配合单位"), (d, "完成时限")),
            At((t, "推进高频政务服务事项“跨"), (lead, "区政务服务"), (sup, "区发展改革委、"), (d, "持续推进")),
            At((L, "一、深化"), (t, "区通办”、“一网通办”"), (lead, "中心"), (sup, "区大数据局、")),
            At((L, "审批改革"), (sup, "区司法局、区")),
            At((sup, "民政局、区公")),
            At((sup, "安局")),
            At((t, "压减审批时限，提升审批"), (lead, "区司法局"), (sup, "区级有关部门"), (d, "2023 年")),
            At((t, "效率。"), (d, "6 月底前")),
            At((t, "全面推行告知承诺制，扩大"), (lead, "区民政局"), (sup, "各街道"), (d, "2023 年")),
            At((t, "覆盖范围。"), (d, "12 月前")),
            "");
        var doc = Parse(body + "\n" + table);

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal("推进高频政务服务事项“跨区通办”、“一网通办”", doc.Tasks[0].Text);
        Assert.Equal("持续推进", doc.Tasks[0].Deadline.Text);
        Assert.Equal(["区发展改革委", "区大数据局", "区司法局", "区民政局", "区公安局"], doc.Tasks[0].Support);
        Assert.Equal("压减审批时限，提升审批效率。", doc.Tasks[1].Text);
        Assert.Equal(["区司法局"], doc.Tasks[1].Lead);
        Assert.Equal(["区民政局"], doc.Tasks[2].Lead);
    }

    [Fact]
    public void Layout_full_line_ending_a_sentence_is_a_row_boundary_only_when_another_column_says_so()
    {
        // "全面推行告知承诺制度。" fills its line and ends a sentence: one lead cell beside both
        // lines keeps them one row; the cell is not split.
        var task = Assert.Single(SentenceEndingAtTheEdgeInsideARow().Tasks);
        Assert.Equal("推进审批事项清单化管理，压减审批时限，提升审批效率全面推行。扩大覆盖范围。", task.Text);
        Assert.Equal(["区政务服务中心"], task.Lead);
    }

    [Fact]
    public void Layout_row_read_across_a_sentence_ending_at_the_columns_edge_is_warned()
    {
        // The other columns kept the two sentences one row, but a full line ending a sentence is
        // where a row ends as often as not: the reading is not sure of it.
        var task = Assert.Single(SentenceEndingAtTheEdgeInsideARow().Tasks);
        Assert.Contains(task.Warnings, w => w.Field == "text" && w.Code == "text.mayJoinRows");
    }

    private static NoticeDocument SentenceEndingAtTheEdgeInsideARow()
    {
        var table = string.Join("\n",
            "\f" + LayoutHeader(),
            At((T, "推进审批事项清单化管"), (D, "持续推")),
            At((L, "一、深化"), (T, "理，压减审批时限，提"), (Lead, "区政务服务"), (Sup, "区级有关部门"), (D, "进")),
            At((L, "审批改革"), (T, "升审批效率全面推行。"), (Lead, "中心")),
            At((T, "扩大覆盖范围。")),
            "");
        return Parse(Body.Replace("提升审批效率。全面推行告知承诺制，扩大覆盖范围。", "提升审批效率全面推行。扩大覆盖范围。") + "\n" + table);
    }

    private static string RawTable() => string.Join("\n",
        "\f重点任务 具体工作 牵头单位 配合单位",
        "完成时",
        "限",
        "一、深化",
        "审批改革",
        "推进审批事项清单化管",
        "理，压减审批时限，提",
        "升审批效率。",
        "区政务服务",
        "中心",
        "区级有关部门",
        "持续推",
        "进",
        "全面推行告知承诺制，",
        "扩大覆盖范围。",
        "区司法局",
        "2023 年",
        "6 月底前",
        "二、优化",
        "公共服务",
        "推动服务事项下沉到基",
        // The last line of each cell on the page shares the baseline at its foot: one printed line.
        "层便民服务中心，方便 区民政局、 2023 年",
        "\f重点任务 具体工作 牵头单位 配合单位",
        "完成时",
        "限",
        // The cut row goes on column by column; the text's and the lead's first lines share a baseline.
        "群众就近办理。 区人力资",
        "源社保局",
        "12 月前",
        "");

    [Fact]
    public void Raw_table_is_rebuilt_from_cell_order_widths_and_shapes()
    {
        var doc = Parse(Body + "\n" + RawTable());

        AssertThreeRows(doc);
        Assert.Contains(doc.Diagnostics, d => d.Code == "table.strategy" && d.Message.Contains("pdftotext-raw"));
    }

    [Fact]
    public void Raw_label_worded_unlike_the_body_is_still_taken_out_of_the_cells()
    {
        var doc = Parse(Body + "\n" + RawTable().Replace("二、优化\n公共服务", "二、推动服\n务下沉"));

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal("推动服务事项下沉到基层便民服务中心，方便群众就近办理。", doc.Tasks[2].Text);
        Assert.Equal(2, doc.Tasks[2].KeyTask?.Ordinal);
    }

    [Fact]
    public void Text_with_a_table_in_no_pdftotext_layout_is_left_to_other_strategies()
    {
        // Tab cells, no form feeds: neither strategy claims it.
        var context = Context(Source(Body + "\n\t重点任务\n\t具体工作\n\t牵头单位\n\t配合单位\n\t完成时限\n\n\t一、深化审批改革\n\t推进审批事项清单化管理。\n\t区司法局\n\t——\n\t持续推进\n"));

        Assert.Null(new PdfTextLayoutStrategy().TryReconstruct(context));
        Assert.Null(new PdfTextRawStrategy().TryReconstruct(context));
    }
}
