using CsCheck;
using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Tables;
using PolicyParse.Tables.Validation;

namespace PolicyParse.Tests.Tables.Validation;

/// <summary>
/// Rows of one table validated with the unit-cell checks remembered across rows get exactly the
/// warnings (codes, fields, messages, order) they get when every cell is checked afresh: on rows
/// whose lead and support cells recur, swap columns, and carry warnings of their own.
/// </summary>
public class UnitCellChecksTests
{
    private static readonly string[] Cells =
        ["市发展改革委", "改革委", "市住房城乡", "市级有关部门各区县政府", "两江新区管委", "各乡镇（街道", "区司法局、各乡", "", "——",
         "区教委持续推进", "市政府", "重庆市税务局、市政府", "有关区县政府", " 市发展改革委 "];

    private static readonly Gen<RawRow> Row =
        Gen.Select(Gen.OneOf(Cells), Gen.OneOf(Cells), Gen.Int[0, 3], Gen.Bool, (lead, support, shape, warned) =>
        {
            var cells = new Dictionary<TaskColumn, string> { [TaskColumn.Text] = "推进审批提速。", [TaskColumn.Deadline] = "2023年6月底前" };
            // Lead or responsible column, with or without support: each changes which checks run.
            cells[shape % 2 == 0 ? TaskColumn.Lead : TaskColumn.Responsible] = lead;
            if (shape < 2) cells[TaskColumn.Support] = support;
            IReadOnlyList<FieldWarning> own = warned ? [new FieldWarning("lead", "lead.empty", "the lead cell is empty")] : [];
            return new RawRow(cells, Origin.AtLine(1), own);
        });

    [Fact]
    public void Remembered_unit_checks_give_each_row_the_warnings_of_fresh_ones()
    {
        var cut = CutCells.Of(["市发展改革委", "市住房城乡建委、市级有关部门", "两江新区管委会", "重庆市税务局", "各乡镇（街道）", "市政府", "各有关区县政府"],
            ["持续推进", "2022年8月前"]);
        Gen.Select(Row.List[1, 25], Gen.Bool).Sample((rows, rebuilt) =>
        {
            var units = new RowValidator.UnitCellChecks();
            return rows.All(row =>
                RowValidator.Validate(row, rebuilt, null, cut: cut, units: units).Warnings
                    .SequenceEqual(RowValidator.Validate(row, rebuilt, null, cut: cut).Warnings));
        }, iter: 3000);
    }
}
