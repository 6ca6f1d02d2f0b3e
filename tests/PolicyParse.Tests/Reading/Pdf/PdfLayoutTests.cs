using PolicyParse.Reading.Pdf;

namespace PolicyParse.Tests.Reading.Pdf;

/// <summary>Lines, wrap tests and page furniture, on made-up geometry.</summary>
public class PdfLayoutTests
{
    private static PdfLine Line(int page, string text, double left, double right, double baseline, double size = 16, double? lead = null) =>
        new(page, text, left, right, baseline, size, lead ?? size);

    [Fact]
    public void A_line_is_wrapped_only_when_the_next_lines_first_run_would_not_have_fitted()
    {
        var edge = 500.0;
        // Two characters' room left: a one-character run would have fitted, so the line ended.
        Assert.False(CellText.IsFull(Line(1, "…", 100, 468, 100), Line(1, "续", 100, 116, 120), edge));
        // The next line starts with “渝 (an opening quote binds to its character): 2 em would not fit in 1.5.
        Assert.True(CellText.IsFull(Line(1, "…", 100, 476, 100), Line(1, "“渝快办”", 100, 164, 120, lead: 32), edge));
    }

    [Theory]
    [InlineData("全面推进", "政务服务", "全面推进政务服务")]
    [InlineData("2021年底前实现5", "4项", "2021年底前实现54项")]
    [InlineData("Word", "document", "Word document")]
    public void Wrapped_lines_join_without_a_space_between_chinese_characters_or_digits(string a, string b, string joined) =>
        Assert.Equal(joined, CellText.Join(a, b));

    [Fact]
    public void Glyphs_on_one_baseline_form_one_line_spelled_left_to_right_with_cjk_spacing()
    {
        var glyphs = new List<Glyph>
        {
            new("乙", 110, 120, 100.4, 10), new("甲", 100, 110, 100, 10),
            new(" ", 120, 123, 100, 10), new("2", 123, 128, 100, 10), new("0", 128, 133, 100, 10),
            new("下", 100, 110, 115, 10),
        };

        var lines = PageLines.Build(1, glyphs);

        Assert.Equal(["甲乙20", "下"], lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("— 3 —")]
    [InlineData("- 12 -")]
    [InlineData("第3页")]
    [InlineData("3")]
    [InlineData("3/12")]
    public void Page_numbers_at_the_foot_are_removed_and_body_text_is_kept(string number)
    {
        var pages = Enumerable.Range(1, 2).Select(p => new List<PdfLine>
        {
            Line(p, "正文第一行", 80, 500, 100),
            Line(p, "2021年12月31日", 80, 300, 130), // digits, but body text in the middle of the page
            Line(p, number, 280, 300, 800),
        }).ToList();

        var kept = PageFurniture.Remove(pages, [842, 842]);

        Assert.All(kept, page => Assert.Equal(["正文第一行", "2021年12月31日"], page.Select(l => l.Text)));
    }

    [Fact]
    public void A_running_header_repeated_on_most_pages_is_removed()
    {
        var pages = Enumerable.Range(1, 4).Select(p => new List<PdfLine>
        {
            Line(p, "某区政务服务工作要点", 200, 400, 40, 10.5),
            Line(p, $"第{p}段正文", 80, 500, 200),
        }).ToList();

        var kept = PageFurniture.Remove(pages, [842, 842, 842, 842]);

        Assert.All(kept, page => Assert.DoesNotContain(page, l => l.Text.Contains("工作要点")));
        Assert.All(kept, page => Assert.Single(page));
    }
}
