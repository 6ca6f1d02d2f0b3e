using PolicyParse.Lexicon;
using PolicyParse.Model;

namespace PolicyParse.Tables;

/// <summary>A table row as a strategy rebuilt it: cell text per column, before normalization.</summary>
/// <param name="KeyTaskSection">
/// The body section a rebuild matched the row to, when it located the row in the body rather than
/// reading a 重点任务 cell: the assembler takes it as it is instead of parsing a label back.
/// </param>
internal sealed record RawRow(IReadOnlyDictionary<TaskColumn, string> Cells, Origin Origin, IReadOnlyList<FieldWarning> Warnings,
    Section? KeyTaskSection = null)
{
    public string Cell(TaskColumn column) => Cells.TryGetValue(column, out var v) ? v : "";

    public bool Has(TaskColumn column) => Cells.ContainsKey(column);
}

/// <summary>What one reconstruction strategy made of the document's table, if anything.</summary>
/// <param name="Strategy">The strategy's name, reported in diagnostics.</param>
/// <param name="Start">Where the table (its header) starts.</param>
/// <param name="Score">0..1: how well the rows fit the header (cell counts, shapes of unit and deadline cells).</param>
internal sealed record TableCandidate(string Strategy, IReadOnlyList<TaskColumn> Columns, IReadOnlyList<RawRow> Rows, Origin Start, double Score);
