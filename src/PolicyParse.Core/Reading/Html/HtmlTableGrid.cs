using AngleSharp.Dom;
using PolicyParse.Model;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Lays an HTML table's cells onto a grid as a browser does: each cell takes the next free slot of
/// its row, <c>rowspan</c> and <c>colspan</c> cover further slots, and covered slots carry the
/// spanning cell's text with <see cref="TableCell.FromMerge"/> set, as Word merges are read.
/// Ragged rows are padded with empty cells.
/// </summary>
internal static class HtmlTableGrid
{
    /// <summary>The HTML standard caps colspan at 1000; no real table is a tenth as wide.</summary>
    private const int MaxColumnSpan = 100;

    public static TableBlock Build(IElement table, int tableNumber, Func<IElement, List<string>> cellParagraphs)
    {
        var rows = OwnRows(table);
        var grid = new List<List<TableCell?>>();
        var headerRows = new bool[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var tr = rows[r];
            while (grid.Count <= r) grid.Add([]);
            var cells = tr.Children.Where(c => c.LocalName is "td" or "th").ToList();
            headerRows[r] = tr.ParentElement?.LocalName == "thead" || (cells.Count > 0 && cells.All(c => c.LocalName == "th"));
            var column = 0;
            foreach (var td in cells)
            {
                while (column < grid[r].Count && grid[r][column] is not null) column++;
                var colSpan = Math.Clamp(Span(td, "colspan", 1), 1, MaxColumnSpan);
                var rowSpan = Span(td, "rowspan", 1);
                // rowspan="0" reaches the end of the table; a span past the last row stops there.
                rowSpan = rowSpan <= 0 ? rows.Count - r : Math.Min(rowSpan, rows.Count - r);
                var cell = new TableCell(cellParagraphs(td), false);
                for (var i = 0; i < rowSpan; i++)
                {
                    while (grid.Count <= r + i) grid.Add([]);
                    var row = grid[r + i];
                    for (var j = 0; j < colSpan; j++)
                    {
                        while (row.Count <= column + j) row.Add(null);
                        // Overlapping spans (malformed markup): the first cell keeps the slot.
                        row[column + j] ??= i == 0 && j == 0 ? cell : cell with { FromMerge = true };
                    }
                }
                column += colSpan;
            }
        }

        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
        var result = new List<TableRow>(grid.Count);
        for (var r = 0; r < grid.Count; r++)
        {
            var cells = new List<TableCell>(width);
            for (var c = 0; c < width; c++)
                cells.Add(c < grid[r].Count && grid[r][c] is { } cell ? cell : new TableCell([], false));
            result.Add(new TableRow(cells, r < headerRows.Length && headerRows[r], new Origin { Table = tableNumber, Row = r + 1 }));
        }
        return new TableBlock(result, new Origin { Table = tableNumber, Row = 1 });
    }

    /// <summary>The table's own rows (directly or in thead/tbody/tfoot), in document order; never a nested table's.</summary>
    public static List<IElement> OwnRows(IElement table)
    {
        var rows = new List<IElement>();
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr") rows.Add(child);
            else if (child.LocalName is "thead" or "tbody" or "tfoot")
                rows.AddRange(child.Children.Where(c => c.LocalName == "tr"));
        }
        return rows;
    }

    /// <summary>The grid width the rows' cells ask for (colspans counted), ignoring rowspans.</summary>
    public static int RoughWidth(IElement table) =>
        OwnRows(table).Select(tr => tr.Children.Where(c => c.LocalName is "td" or "th").Sum(c => Math.Clamp(Span(c, "colspan", 1), 1, MaxColumnSpan)))
            .DefaultIfEmpty(0).Max();

    /// <summary>A span attribute as browsers read it: leading digits count ("2px" is 2), anything else is the default.</summary>
    private static int Span(IElement cell, string attribute, int fallback)
    {
        var value = cell.GetAttribute(attribute)?.Trim();
        if (string.IsNullOrEmpty(value)) return fallback;
        var digits = 0;
        while (digits < value.Length && digits < 6 && char.IsAsciiDigit(value[digits])) digits++;
        return digits == 0 ? fallback : int.Parse(value.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
    }
}
