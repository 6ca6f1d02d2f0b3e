using PolicyParse.Text;

namespace PolicyParse.Tables;

/// <summary>One way a task table can arrive in text. Returns null when the text is not in its layout.</summary>
public interface ITableStrategy
{
    string Name { get; }

    TableCandidate? TryReconstruct(IReadOnlyList<TextLine> lines);
}
