using DocumentFormat.OpenXml.Wordprocessing;
using PolicyParse.Model;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Reads a <c>w:tbl</c> into a grid: <c>w:gridSpan</c> widens a cell over several grid columns and
/// <c>w:vMerge</c> continuation cells take the text of the cell the merge started in, so every row
/// carries its key task.
/// </summary>
internal static class WordTableReader
{
    public static TableBlock Read(Table table, int tableNumber)
    {
        var rows = new List<TableRow>();
        var above = new Dictionary<int, TableCell>(); // grid column → last cell that started there
        var rowNumber = 0;
        foreach (var tr in table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
        {
            rowNumber++;
            var cells = new List<TableCell>();
            var column = tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < column; i++) cells.Add(new TableCell([], false));

            foreach (var tc in tr.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>())
            {
                var span = Math.Max(1, tc.TableCellProperties?.GridSpan?.Val?.Value ?? 1);
                var vMerge = tc.TableCellProperties?.VerticalMerge;
                // Attribute text, not the typed enum: producers write values the SDK's enums reject.
                var continues = vMerge is not null && vMerge.Val?.InnerText is null or "" or "continue";

                TableCell cell = continues && above.TryGetValue(column, out var origin)
                    ? origin with { FromMerge = true }
                    : new TableCell(CellParagraphs(tc), false);
                if (!continues) above[column] = cell;

                cells.Add(cell);
                for (var extra = 1; extra < span; extra++) cells.Add(cell with { FromMerge = true });
                column += span;
            }
            var isHeader = tr.TableRowProperties?.GetFirstChild<TableHeader>() is { } h && h.Val?.InnerText is null or "" or "true" or "on" or "1";
            rows.Add(new TableRow(cells, isHeader, new Origin { Table = tableNumber, Row = rowNumber }));
        }
        return new TableBlock(rows, new Origin { Table = tableNumber, Row = 1 });
    }

    /// <summary>A cell's paragraphs, including those of a table nested in it, in reading order.</summary>
    private static List<string> CellParagraphs(DocumentFormat.OpenXml.OpenXmlElement container)
    {
        var paragraphs = new List<string>();
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    var text = WordText.Of(p).Trim();
                    if (text.Length > 0) paragraphs.Add(text);
                    break;
                case Table nested:
                    foreach (var tr in nested.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
                        foreach (var tc in tr.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>())
                            paragraphs.AddRange(CellParagraphs(tc));
                    break;
                case SdtCell or SdtBlock or SdtContentBlock or SdtContentCell:
                    paragraphs.AddRange(CellParagraphs(child));
                    break;
            }
        }
        return paragraphs;
    }
}
