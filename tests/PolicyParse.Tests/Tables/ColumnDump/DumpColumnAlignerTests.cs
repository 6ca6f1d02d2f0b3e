using PolicyParse.Model;
using PolicyParse.Tables.ColumnDump;

namespace PolicyParse.Tests.Tables.ColumnDump;

/// <summary>How one page's unit and deadline runs are laid onto its rows.</summary>
public class DumpColumnAlignerTests
{
    private static readonly Section KeyTask = new("一", 1, 1, "深化审批改革", "", [], null);

    private static DumpPage Page(int rows, string[] units, string[] deadlines, params (int At, InterleavedRow Row)[] printed)
    {
        var page = new DumpPage();
        for (var i = 0; i < rows; i++)
            page.Rows.Add(new DumpRow(Origin.AtLine(i + 1)) { TextParts = { $"第{i}项工作。" }, KeyTask = KeyTask });
        var items = units.Select(u => u == "——"
            ? new DumpItem(DumpItemKind.Empty, "", Origin.AtLine(50))
            : new DumpItem(DumpItemKind.Units, u, Origin.AtLine(50))).ToList();
        foreach (var (at, row) in printed.OrderByDescending(p => p.At))
            items.Insert(at, new DumpItem(DumpItemKind.Row, "", Origin.AtLine(60), row));
        page.UnitItems.AddRange(items);
        page.Deadlines.AddRange(deadlines);
        return page;
    }

    [Fact]
    public void A_full_page_maps_leads_then_supports_then_deadlines_one_to_one_without_warnings()
    {
        var page = Page(2, ["甲局", "乙局", "丙局", "——"], ["持续推进", "2025年6月前"]);
        DumpColumnAligner.Align(page, _ => 2);

        Assert.Equal(["甲局", "乙局"], page.Rows.Select(r => r.Lead));
        Assert.Equal(["丙局", ""], page.Rows.Select(r => r.Support));
        Assert.Equal(["持续推进", "2025年6月前"], page.Rows.Select(r => r.Deadline));
        Assert.All(page.Rows, r => Assert.Empty(r.Warnings));
    }

    [Fact]
    public void Fewer_deadlines_than_rows_are_placed_and_every_doubtful_row_is_warned()
    {
        var page = Page(3, ["甲局", "乙局", "丙局", "丁局", "戊局", "己局"], ["持续推进", "2025年6月前"]);
        DumpColumnAligner.Align(page, _ => 2);

        Assert.Equal("持续推进", page.Rows[0].Deadline);   // every placement agrees
        Assert.Equal("2025年6月前", page.Rows[2].Deadline); // every placement agrees
        Assert.Contains(page.Rows[1].Warnings, w => w.Field == "deadline" && w.Code == "deadline.merged");
        Assert.DoesNotContain(page.Rows[0].Warnings, w => w.Field == "deadline");
    }

    [Fact]
    public void An_interleaved_row_without_text_takes_its_place_in_the_lead_run()
    {
        var printed = new InterleavedRow("", "乙区政府", "", "2025年12月前", []);
        var page = Page(3, ["甲局", "丙局", "丁局", "戊局"], ["持续推进", "持续推进"], (1, printed));
        DumpColumnAligner.Align(page, _ => 2);

        Assert.Equal(["甲局", "乙区政府", "丙局"], page.Rows.Select(r => r.Lead));
        Assert.Equal(["丁局", "", "戊局"], page.Rows.Select(r => r.Support));
        Assert.Equal(["持续推进", "2025年12月前", "持续推进"], page.Rows.Select(r => r.Deadline));
        Assert.All(page.Rows, r => Assert.Empty(r.Warnings));
    }
}
