using static PolicyParse.Tests.Tables.PdfText.PdfTextTestKit;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>
/// Hand-made `pdftotext` default-mode tables whose shapes the widths alone misread: unit columns
/// printed as wide as prose (A3, landscape), and a header name cut by its cell's wrap whose end
/// pdftotext prints among the cells.
/// </summary>
public class PdfTextDefaultShapeTests
{
    [Fact]
    public void Unit_lines_as_wide_as_prose_are_unit_cells_when_the_body_does_not_hold_them()
    {
        // Ten-character unit lines beside fifteen-character prose: by width alone they read as
        // 具体工作 lines, and each would start a row of its own.
        var doc = ParseDefault(DefaultModeHeader
            + RowOne + "区政务服务中心、区司\n法局\n\n区级有关部门、各乡镇\n（街道）\n\n持续推进\n\n"
            + RowTwo + "区司法局、区政务服\n务中心\n\n区民政局、区人力社\n保局\n\n2023 年 6 月\n底前\n\n"
            + RowThree + "区民政局\n\n区级有关部门、各乡镇\n（街道）\n\n2023 年 12 月\n前\n");

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal(["区政务服务中心", "区司法局"], doc.Tasks[0].Lead);
        Assert.Equal(["区级有关部门", "各乡镇（街道）"], doc.Tasks[0].Support);
        Assert.Equal(["区司法局", "区政务服务中心"], doc.Tasks[1].Lead);
        Assert.Equal(["区民政局", "区人力社保局"], doc.Tasks[1].Support);
        Assert.Equal("2023年6月底前", doc.Tasks[1].Deadline.Text);
        Assert.Equal(["区民政局"], doc.Tasks[2].Lead);
    }

    [Fact]
    public void A_header_name_cut_by_its_wrap_still_names_its_column()
    {
        // 完成时 stands with the other names; its 限 comes out after the first row's text.
        const string header = "\f具体工作\n\n完成时\n\n牵头单位\n\n配合单位\n\n";
        var doc = ParseDefault(header
            + RowOne + "限\n\n区政务服务中心\n\n区级有关部门\n\n持续推进\n\n"
            + RowTwo + "区司法局\n\n区民政局\n\n2023 年 6 月\n底前\n\n"
            + RowThree + "区民政局\n\n区级有关部门\n\n2023 年 12 月\n前\n");

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal(["持续推进", "2023年6月底前", "2023年12月前"], doc.Tasks.Select(t => t.Deadline.Text));
        Assert.All(doc.Tasks, t => Assert.DoesNotContain("限", t.Lead.Concat(t.Support)));
    }
}
