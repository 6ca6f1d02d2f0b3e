using PolicyParse.Model;
using PolicyParse.Tables.ColumnDump;

namespace PolicyParse.Tests.Tables.ColumnDump;

/// <summary>
/// Key-task labels in a column dump whose key tasks are second-level headings （一）…, as a district
/// notice numbers them: a label glued after a deadline, a title that reads like a unit name, and a
/// table that words a title otherwise than the body's heading.
/// </summary>
public class DumpLabelTests
{
    private static readonly IReadOnlyList<Section> Sections =
    [
        new("（一）", 2, 1, "建强区级服务中心", "推动服务事项集中进驻，方便群众一站办理。建设综合窗口。", [], null),
        new("（二）", 2, 2, "完善便民服务体系", "推动服务事项下沉基层，方便群众就近办理。建设自助服务区。", [], null),
    ];

    private static List<(DumpItemKind, string)> Read(params string[] lines) =>
        DumpLineReaderTests.Read(Sections, lines).Select(i => (i.Kind, i.Text)).ToList();

    [Fact]
    public void A_title_ending_like_a_unit_name_is_still_a_label() =>
        Assert.Equal([(DumpItemKind.Label, "建强区级服务中心")], Read("（一）建强区级服务中心"));

    [Fact]
    public void A_deadline_glued_to_a_bracketed_label_is_split() =>
        Assert.Equal([(DumpItemKind.Deadline, "持续推进"), (DumpItemKind.Label, "完善便民服务体系")], Read("持续推进（二）完善便民服务体系"));

    [Fact]
    public void A_title_worded_otherwise_than_the_heading_is_no_cell_text() =>
        Assert.Equal([(DumpItemKind.Label, "完善便民服务体系")], Read("（二）健全基层便民服务网络"));

    [Fact]
    public void Cell_text_glued_after_an_otherwise_worded_title_starts_where_the_body_does() =>
        Assert.Equal([(DumpItemKind.Label, "完善便民服务体系"), (DumpItemKind.Text, "推动服务事项下沉基层，方便群众就近办理。")],
            Read("（二）健全基层便民服务网络推动服务事项下沉基层，方便群众就近办理。"));
}
