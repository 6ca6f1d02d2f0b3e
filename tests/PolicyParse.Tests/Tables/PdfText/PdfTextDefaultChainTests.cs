using static PolicyParse.Tests.Tables.PdfText.PdfTextTestKit;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>
/// Hand-made `pdftotext` default-mode tables whose 具体工作 cells come out in pieces printed apart:
/// the body's text tells which piece goes on in which.
/// </summary>
public class PdfTextDefaultChainTests
{
    [Fact]
    public void A_cell_printed_in_two_pieces_apart_is_one_row_and_its_cells_are_warned()
    {
        // The first cell's second line comes out after the second row: its first line ran full
        // without ending its sentence, and the body reads it straight on into that line.
        var table = DefaultModeHeader + "推进审批事项清单化管理，压减审\n\n" + CellsOne + RowTwo + "批时限，提升审批效率。\n\n" + CellsTwo + RowThree + CellsThree;
        var doc = ParseDefault(table);

        Assert.Equal(["推进审批事项清单化管理，压减审批时限，提升审批效率。", "全面推行告知承诺制，扩大覆盖范围。", "推动服务事项下沉到基层便民服务中心，方便群众就近办理。"],
            doc.Tasks.Select(t => t.Text));
        // What the stream printed after the first piece says nothing of the row gathered from pieces.
        var first = doc.Tasks[0];
        Assert.Contains(first.Warnings, w => w.Field == "lead");
        Assert.Contains(first.Warnings, w => w.Field == "deadline");
    }

    [Fact]
    public void Pieces_the_body_does_not_read_on_stay_apart()
    {
        // The second row's first line does not read on in the body into the first row's last
        // line: the rows stay two rows.
        var table = DefaultModeHeader + "推进审批事项清单化管理，压减审\n批时限，提升审批效率。\n\n" + CellsOne + RowTwo + CellsTwo + RowThree + CellsThree;
        var doc = Parse(Body + "\n" + table);

        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal("全面推行告知承诺制，扩大覆盖范围。", doc.Tasks[1].Text);
    }
}
