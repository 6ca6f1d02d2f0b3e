using PolicyParse.Reading.Pdf;

namespace PolicyParse.Tests.Reading.Pdf;

/// <summary>Ruled tables from drawn rules and glyphs, without a PDF: the geometry rules themselves.</summary>
public class LatticeTableFinderTests
{
    private const double Size = 10;

    /// <summary>Glyphs of a text set on one baseline from x, one em each.</summary>
    private static IEnumerable<Glyph> Text(string text, double x, double baseline) =>
        text.Select((c, i) => new Glyph(c.ToString(), x + i * Size, x + (i + 1) * Size, baseline, Size));

    private static Rule H(double y, double x0, double x1) => new(true, y, x0, x1, 0.5);

    private static Rule V(double x, double y0, double y1) => new(false, x, y0, y1, 0.5);

    private static PageContent Page(IEnumerable<Glyph> glyphs, IEnumerable<Rule> rules) =>
        new(1, 600, 800, glyphs.ToList(), rules.ToList(), 0);

    [Fact]
    public void A_missing_rule_segment_merges_two_slots_into_one_cell()
    {
        // 2 columns × 3 rows; the rule between rows 2 and 3 is drawn only under column 2,
        // so column 1's last two slots are one (vertically merged) cell.
        var rules = new[]
        {
            H(100, 100, 300), H(130, 100, 300), H(160, 200, 300), H(190, 100, 300),
            V(100, 100, 190), V(200, 100, 190), V(300, 100, 190),
        };
        var glyphs = Text("甲乙", 110, 120).Concat(Text("丙丁", 210, 120))
            .Concat(Text("合并", 110, 170)).Concat(Text("一", 210, 150)).Concat(Text("二", 210, 180));

        var (tables, outside) = LatticeTableFinder.Find(Page(glyphs, rules));

        var table = Assert.Single(tables);
        Assert.Empty(outside);
        Assert.Equal(3, table.Slots.Length);
        Assert.Same(table.Slots[1][0], table.Slots[2][0]);
        Assert.NotSame(table.Slots[1][1], table.Slots[2][1]);
        Assert.Equal(["合并"], table.Slots[1][0].Paragraphs);
        Assert.Equal(2, table.Slots[1][0].RowSpan);
    }

    [Fact]
    public void Thin_filled_rectangles_count_as_rules_and_near_collinear_pieces_are_snapped()
    {
        // Borders as 0.8-point bars (how some producers draw thick rules), drawn in pieces
        // whose positions differ by a fraction of a point.
        var rules = new[]
        {
            new Rule(true, 100.0, 100, 200, 0.8), new Rule(true, 100.4, 200, 300, 0.8),
            new Rule(true, 140.3, 100, 300, 0.8), new Rule(true, 180, 100, 300, 0.8),
            new Rule(false, 100, 100, 180, 0.8), new Rule(false, 200.5, 100, 180, 0.8), new Rule(false, 300, 100, 180, 0.8),
        };
        var glyphs = Text("左", 120, 125).Concat(Text("右", 220, 165));

        var (tables, _) = LatticeTableFinder.Find(Page(glyphs, rules));

        var table = Assert.Single(tables);
        Assert.Equal(3, table.Xs.Length);
        Assert.Equal(3, table.Ys.Length);
        Assert.Equal(["左"], table.Slots[0][0].Paragraphs);
        Assert.Equal(["右"], table.Slots[1][1].Paragraphs);
    }

    [Fact]
    public void Text_outside_every_frame_stays_body_text_and_a_lone_rule_is_no_table()
    {
        var rules = new[] { H(50, 100, 500) }; // a rule under a letterhead
        var glyphs = Text("正文", 100, 80).ToList();

        var (tables, outside) = LatticeTableFinder.Find(Page(glyphs, rules));

        Assert.Empty(tables);
        Assert.Equal(glyphs.Count, outside.Count);
    }

    [Fact]
    public void A_cell_keeps_a_short_line_as_its_own_paragraph_and_joins_wrapped_lines()
    {
        // A 6-em wide cell (beside a second column): "一二三四五六" fills its line and runs on;
        // "七" ends the paragraph short; "八九" starts the next.
        var rules = new[] { H(100, 100, 200), H(200, 100, 200), V(100, 100, 200), V(162, 100, 200), V(200, 100, 200) };
        var glyphs = Text("一二三四五六", 101, 115).Concat(Text("七", 101, 130)).Concat(Text("八九", 101, 145));

        var (tables, _) = LatticeTableFinder.Find(Page(glyphs, rules));

        Assert.Equal(["一二三四五六七", "八九"], Assert.Single(tables).Slots[0][0].Paragraphs);
    }
}
