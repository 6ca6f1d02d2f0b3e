using PolicyParse.Tables.ColumnDump;
using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Tables;

/// <summary>Runs every strategy and keeps the best-scoring table; says why when none fits.</summary>
internal sealed class TableReconstructor(IReadOnlyList<ITableStrategy> strategies)
{
    /// <summary>Every layout this version rebuilds, one strategy each.</summary>
    public static IReadOnlyList<ITableStrategy> AllStrategies() =>
        [new GridTableStrategy(), new TabCellStrategy(), new TabSeparatedRowStrategy(), new ColumnDumpStrategy(),
         new PdfText.PdfTextLayoutStrategy(), new PdfText.PdfTextRawStrategy(), new PdfText.PdfTextDefaultStrategy()];

    public static TableReconstructor Default { get; } = new(AllStrategies());

    public (TableCandidate? Table, IReadOnlyList<Diagnostic> Diagnostics) Reconstruct(TableContext context)
    {
        var lines = context.Lines;
        var best = strategies
            .Select(s => s.TryReconstruct(context))
            .OfType<TableCandidate>()
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Rows.Count)
            .FirstOrDefault();

        if (best is not null)
            return (best, [new Diagnostic(Severity.Info, "table.strategy",
                $"task table rebuilt from {best.Strategy} layout: {best.Rows.Count} rows, columns {string.Join(" | ", best.Columns)}", best.Start)]);

        var header = lines.FirstOrDefault(l => l.Kind == LineKind.TableHeader);
        if (header is not null)
            return (null, [new Diagnostic(Severity.Error, "table.unreconstructed",
                $"a task table starts here ({header.Text}) but its text layout could not be reconstructed " +
                "(cells are not one per line; likely text extracted from a PDF); no tasks were extracted", header.Origin)]);

        return (null, [new Diagnostic(Severity.Error, "table.notFound", "no task table was found in the notice")]);
    }
}
