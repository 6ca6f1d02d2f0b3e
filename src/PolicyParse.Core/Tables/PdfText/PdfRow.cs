using PolicyParse.Lexicon;
using PolicyParse.Model;

namespace PolicyParse.Tables.PdfText;

/// <summary>A table row being rebuilt from printed lines: its 具体工作 lines and the cells of the other columns.</summary>
internal sealed class PdfRow
{
    private readonly Dictionary<TaskColumn, List<PieceGroup>> _cells = [];

    public PdfRow(Piece firstText) => Text.Add(firstText);

    public List<Piece> Text { get; } = [];

    /// <summary>Positions in <see cref="Text"/> where a full line ending a sentence may have ended the cell (another row may start there).</summary>
    public List<int> UnsureCuts { get; } = [];

    public List<FieldWarning> Warnings { get; } = [];

    public int Page => Text[0].Page;
    public int First => Text[0].Line;
    public int Last => Text[^1].Line;

    public string JoinedText => CellText.Join(Text);

    public IReadOnlyList<PieceGroup> Groups(TaskColumn column) => _cells.TryGetValue(column, out var g) ? g : [];

    public IEnumerable<TaskColumn> Columns => _cells.Keys;

    public void Add(PieceGroup group)
    {
        if (!_cells.TryGetValue(group.Column, out var list)) _cells[group.Column] = list = [];
        list.Add(group);
        list.Sort((a, b) => a.Page != b.Page ? a.Page.CompareTo(b.Page) : a.First.CompareTo(b.First));
    }

    public string Cell(TaskColumn column) => CellText.Join(Groups(column).SelectMany(g => g.Pieces));

    /// <summary>Adds a warning unless the field already has one with the same code.</summary>
    public void Warn(string field, string code, string message)
    {
        if (!Warnings.Any(w => w.Field == field && w.Code == code))
            Warnings.Add(new FieldWarning(field, code, message));
    }

    /// <summary>Takes over another row's lines and cells (the rest of a row continued on the next page).</summary>
    public void Absorb(PdfRow other)
    {
        Text.AddRange(other.Text);
        foreach (var column in other.Columns)
            foreach (var g in other.Groups(column))
                Add(g);
        foreach (var w in other.Warnings) Warn(w.Field, w.Code, w.Message);
    }
}
