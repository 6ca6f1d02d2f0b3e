using PolicyParse.Model;
using PolicyParse.Reading;
using PolicyParse.Tables.Alignment;
using PolicyParse.Tables.ColumnDump;
using PolicyParse.Text;

namespace PolicyParse.Tests.Tables.ColumnDump;

/// <summary>How the dump's glued and cut lines are taken apart, on a small made-up notice.</summary>
public class DumpLineReaderTests
{
    private static readonly IReadOnlyList<Section> Sections =
    [
        new("一", 1, 1, "深化审批改革", "推进审批提速。压减审批时限。", [], null),
        new("二", 1, 2, "完善便民服务体系", "推动服务下沉。建设综合窗口。", [], null),
    ];

    private static List<DumpItem> Read(params string[] lines) => Read(Sections, lines);

    /// <summary>The items a dump's lines are cut into, under a body of the given sections.</summary>
    internal static List<DumpItem> Read(IReadOnlyList<Section> sections, params string[] lines)
    {
        var body = new BodyIndex(sections);
        var tokens = lines.Select((l, i) => Tokenizer.Classify(i, new ParagraphBlock(l, Origin.AtLine(i + 1)))).ToList();
        return new DumpLineReader(new KeyTaskLabels(body), body).Read(tokens);
    }

    private static IEnumerable<(DumpItemKind, string)> Kinds(List<DumpItem> items) => items.Select(i => (i.Kind, i.Text));

    [Fact]
    public void A_label_glued_onto_text_is_split_off_by_the_section_title()
    {
        var items = Read("二、完善便民服务体系推动服务下沉。");
        Assert.Equal([(DumpItemKind.Label, "完善便民服务体系"), (DumpItemKind.Text, "推动服务下沉。")], Kinds(items));
        Assert.Equal(2, items[0].Section?.Ordinal);
    }

    [Fact]
    public void A_wrapped_label_leaves_a_title_fragment_on_a_later_line()
    {
        var items = Read("二、完推动服务下沉。", "善便民服务体系");
        Assert.Equal(
            [(DumpItemKind.Label, "完善便民服务体系"), (DumpItemKind.Text, "推动服务下沉。"), (DumpItemKind.TitleFragment, "善便民服务体系")],
            Kinds(items));
    }

    [Fact]
    public void Cells_glued_together_are_separated()
    {
        Assert.Equal(
            [(DumpItemKind.Deadline, "持续推进"), (DumpItemKind.Label, "完善便民服务体系")],
            Kinds(Read("持续推进二、完善便民服务体系")));
        Assert.Equal(
            [(DumpItemKind.Units, "区级有关部门，甲区政府"), (DumpItemKind.Deadline, "持续推进")],
            Kinds(Read("区级有关部门，甲区政府持续推进")));
        Assert.Equal(
            [(DumpItemKind.Text, "建设综合窗口。"), (DumpItemKind.PartialUnits, "甲区、乙区政府，丙")],
            Kinds(Read("建设综合窗口。甲区、乙区政府，丙")));
    }

    [Fact]
    public void Whole_cells_are_told_by_their_shape()
    {
        Assert.Equal(
            [(DumpItemKind.Units, "区政务服务中心、区司法局"), (DumpItemKind.Empty, ""), (DumpItemKind.Deadline, "2025年12月前"), (DumpItemKind.UnitFragment, "甲区、九龙")],
            Kinds(Read("区政务服务中心、区司法局", "——", "2025年 12月前", "甲区、九龙")));
    }

    [Fact]
    public void A_row_printed_whole_on_one_line_is_one_row()
    {
        var items = Read("压减审批时限。 区政务服务中心 区级有关部门 持续推进");
        var row = Assert.Single(items);
        Assert.Equal(DumpItemKind.Row, row.Kind);
        Assert.Equal(new InterleavedRow("压减审批时限。", "区政务服务中心", "区级有关部门", "持续推进", []), row.Row! with { Warnings = [] });
    }
}
