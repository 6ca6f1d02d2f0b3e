using PolicyParse.Model;
using PolicyParse.Reading;
using PolicyParse.Text;

namespace PolicyParse.Tables;

/// <summary>
/// What a strategy can look at: the document's tokenized lines, its real tables, the body's
/// section tree (every 具体工作 cell restates a clause of its key task's body text) and where the
/// body ends (the table follows it).
/// </summary>
internal sealed record TableContext(IReadOnlyList<TextLine> Lines, IReadOnlyList<TableBlock> Tables, IReadOnlyList<Section> Sections, int BodyEnd,
    Alignment.AlignmentThresholds? Thresholds = null)
{
    private Alignment.BodyIndex? _body;

    /// <summary>The body as searchable text, built once per document for every strategy that aligns with it.</summary>
    public Alignment.BodyIndex Body => _body ??= new Alignment.BodyIndex(Sections, Thresholds);
}

/// <summary>One way a task table can arrive. Returns null when the document is not in its layout.</summary>
internal interface ITableStrategy
{
    string Name { get; }

    TableCandidate? TryReconstruct(TableContext context);
}
