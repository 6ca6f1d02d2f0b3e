using PolicyParse.Reading;
using PolicyParse.Text;

namespace PolicyParse.Tables;

/// <summary>What a strategy can look at: the document's tokenized lines and its real tables.</summary>
public sealed record TableContext(IReadOnlyList<TextLine> Lines, IReadOnlyList<TableBlock> Tables);

/// <summary>One way a task table can arrive. Returns null when the document is not in its layout.</summary>
public interface ITableStrategy
{
    string Name { get; }

    TableCandidate? TryReconstruct(TableContext context);
}
