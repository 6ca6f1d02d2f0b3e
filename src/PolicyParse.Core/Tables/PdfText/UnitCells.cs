using PolicyParse.Lexicon;
using PolicyParse.Normalization;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Shapes of unit and deadline cells read line by line, for telling where one ends. The units of
/// one table mostly start alike (市…, 区…, 各…: the issuer's level); the characters that begin the
/// names after a separator are learnt from the table itself.
/// </summary>
internal sealed class UnitCells
{
    private readonly HashSet<char> _nameStarts;

    private UnitCells(HashSet<char> nameStarts) => _nameStarts = nameStarts;

    /// <summary>Learns how names begin from the parts that follow a 、 or ， inside the table's lines.</summary>
    public static UnitCells Learn(IEnumerable<string> lines)
    {
        var counts = new Dictionary<char, int>();
        var total = 0;
        foreach (var line in lines)
        {
            var parts = BracketAwareSplitter.Split(CjkText.NormalizeSpacing(line), "、，,；;");
            // A part after a separator starts a name, whole or wrapped (厅、市发展 → 市).
            foreach (var part in parts.Skip(1).Where(p => !p.Any(char.IsAsciiDigit)))
            {
                counts[part[0]] = counts.GetValueOrDefault(part[0]) + 1;
                total++;
            }
        }
        return new UnitCells(counts.Where(kv => kv.Value * 10 >= total).Select(kv => kv.Key).ToHashSet());
    }

    /// <summary>
    /// True when the next printed line goes on with the same unit cell. A cell never puts two
    /// names together without 、 or ，, so it goes on when the text so far does not end a name
    /// (市政府办公 / 厅, 委、市城市管 / 理局) or the next line does not begin one the way this
    /// table's names begin (区司 / 法局, 区级有关部 / 门).
    /// </summary>
    public bool Continues(string sofar, string next)
    {
        var first = BracketAwareSplitter.Split(CjkText.NormalizeSpacing(next), "、，,；;").FirstOrDefault() ?? "";
        return !PdfRows.IsCompleteUnitList(sofar) || !BeginsName(first);
    }

    /// <summary>A fragment that starts the way this table's names start (one character is the tail of a name).</summary>
    public bool BeginsName(string part) =>
        part.Length >= 2 && (_nameStarts.Count == 0 ? UnitNames.LooksLikeUnit(part) : _nameStarts.Contains(part[0]));

}
