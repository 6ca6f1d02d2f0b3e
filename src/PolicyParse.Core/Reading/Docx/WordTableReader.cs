using System.Xml;
using PolicyParse.Model;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Reads a <c>w:tbl</c> into a grid: <c>w:gridSpan</c> widens a cell over several grid columns and
/// <c>w:vMerge</c> continuation cells take the text of the cell the merge started in, so every row
/// carries its key task.
/// </summary>
internal static class WordTableReader
{
    /// <summary>Reads the table the reader is on, to past its end.</summary>
    public static TableBlock Read(XmlReader table, int tableNumber)
    {
        var rows = new List<TableRow>();
        var above = new Dictionary<int, TableCell>(); // grid column → last cell that started there
        var rowNumber = 0;
        WordXml.Children(table, tr =>
        {
            if (!WordXml.Is(tr, "tr"))
            {
                tr.Skip();
                return;
            }
            rowNumber++;
            var cells = new List<TableCell>();
            var column = 0;
            bool isHeader = false, sawProperties = false;
            WordXml.Children(tr, child =>
            {
                if (WordXml.Is(child, "trPr") && !sawProperties)
                {
                    sawProperties = true;
                    (var before, isHeader) = ReadRowProperties(child);
                    // w:gridBefore: the row starts this many grid columns in.
                    for (var i = 0; i < before; i++) cells.Add(new TableCell([], false));
                    column = before;
                }
                else if (WordXml.Is(child, "tc"))
                    column = ReadCell(child, cells, column, above);
                else
                    child.Skip();
            });
            rows.Add(new TableRow(cells, isHeader, new Origin { Table = tableNumber, Row = rowNumber }));
        });
        return new TableBlock(rows, new Origin { Table = tableNumber, Row = 1 });
    }

    private static (int GridBefore, bool IsHeader) ReadRowProperties(XmlReader trPr)
    {
        int? gridBefore = null;
        bool? isHeader = null;
        WordXml.Children(trPr, p =>
        {
            if (WordXml.Is(p, "gridBefore") && gridBefore is null) gridBefore = WordXml.IntAttribute(p) ?? 0;
            else if (WordXml.Is(p, "tblHeader") && isHeader is null) isHeader = WordXml.Attribute(p) is null or "" or "true" or "on" or "1";
            p.Skip();
        });
        return (gridBefore ?? 0, isHeader ?? false);
    }

    private static int ReadCell(XmlReader tc, List<TableCell> cells, int column, Dictionary<int, TableCell> above)
    {
        var span = 1;
        var continues = false;
        var paragraphs = new List<string>();
        var sawProperties = false;
        WordXml.Children(tc, child =>
        {
            if (WordXml.Is(child, "tcPr") && !sawProperties)
            {
                sawProperties = true;
                (span, continues) = ReadCellProperties(child);
            }
            else
                CellContent(child, paragraphs);
        });

        TableCell cell = continues && above.TryGetValue(column, out var origin)
            ? origin with { FromMerge = true }
            : new TableCell(paragraphs, false);
        if (!continues) above[column] = cell;

        cells.Add(cell);
        for (var extra = 1; extra < span; extra++) cells.Add(cell with { FromMerge = true });
        return column + span;
    }

    private static (int Span, bool Continues) ReadCellProperties(XmlReader tcPr)
    {
        int? span = null;
        bool? continues = null;
        WordXml.Children(tcPr, p =>
        {
            if (WordXml.Is(p, "gridSpan") && span is null) span = WordXml.IntAttribute(p) ?? 1;
            // Attribute text, not a typed enum: producers write values an enum would reject.
            else if (WordXml.Is(p, "vMerge") && continues is null) continues = WordXml.Attribute(p) is null or "" or "continue";
            p.Skip();
        });
        return (Math.Max(1, span ?? 1), continues ?? false);
    }

    /// <summary>A cell's paragraphs, including those of a table nested in it, in reading order.</summary>
    private static void CellContent(XmlReader child, List<string> paragraphs)
    {
        if (WordXml.Is(child, "p"))
        {
            var text = WordText.Of(child).Trim();
            if (text.Length > 0) paragraphs.Add(text);
        }
        else if (WordXml.Is(child, "tbl"))
            WordXml.Children(child, tr =>
            {
                if (WordXml.Is(tr, "tr"))
                    WordXml.Children(tr, tc =>
                    {
                        if (WordXml.Is(tc, "tc")) WordXml.Children(tc, c => CellContent(c, paragraphs));
                        else tc.Skip();
                    });
                else tr.Skip();
            });
        else if (WordXml.Is(child, "sdt") || WordXml.Is(child, "sdtContent"))
            WordXml.Children(child, c => CellContent(c, paragraphs));
        else
            child.Skip();
    }
}
