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
        var failures = new List<Diagnostic>();
        var best = strategies
            .Select(s => Try(s, context, failures))
            .OfType<TableCandidate>()
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Rows.Count)
            .FirstOrDefault();

        if (best is not null)
        {
            // Every strategy's rows pass the same shape rules: a field breaking one leaves with a warning.
            best = Validation.RowValidator.Validate(best, context);
            return (best, [.. failures, new Diagnostic(Severity.Info, "table.strategy",
                $"task table rebuilt from {best.Strategy} layout: {best.Rows.Count} rows, columns {string.Join(" | ", best.Columns)}", best.Start)]);
        }

        var header = lines.FirstOrDefault(l => l.Kind == LineKind.TableHeader);
        if (header is not null)
            return (null, [.. failures, new Diagnostic(Severity.Error, "table.unreconstructed",
                $"a task table starts here ({header.Text}) but its text layout could not be reconstructed " +
                "(cells are not one per line; likely text extracted from a PDF); no tasks were extracted", header.Origin)]);

        return (null, [.. failures, new Diagnostic(Severity.Error, "table.notFound", "no task table was found in the notice")]);
    }

    /// <summary>
    /// A strategy that fails on an input it was not built for is a bug in that strategy, not a
    /// reason to lose the document: it is reported and the other strategies still compete.
    /// </summary>
    private static TableCandidate? Try(ITableStrategy strategy, TableContext context, List<Diagnostic> failures)
    {
        try
        {
            return strategy.TryReconstruct(context);
        }
#pragma warning disable CA1031 // any exception of a backend becomes a diagnostic, by design
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            failures.Add(new Diagnostic(Severity.Error, "table.internalError",
                $"the {strategy.Name} strategy failed on this document ({e.GetType().Name}: {e.Message}); it was skipped"));
            return null;
        }
    }
}
