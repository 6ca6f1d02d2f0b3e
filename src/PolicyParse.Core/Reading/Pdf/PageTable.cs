namespace PolicyParse.Reading.Pdf;

/// <summary>A cell of a ruled table on one page: a rectangle of grid slots and the glyphs inside it.</summary>
internal sealed class GridCell
{
    public required int Row { get; init; }
    public required int Col { get; init; }
    public required int RowSpan { get; init; }
    public required int ColSpan { get; init; }
    public required double Left { get; init; }
    public required double Right { get; init; }
    public required double Top { get; init; }
    public required double Bottom { get; init; }
    public List<Glyph> Glyphs { get; } = [];
    public List<PdfLine> Lines { get; set; } = [];

    /// <summary>The cell's own paragraphs on this page, set by <see cref="CellText"/>.</summary>
    public List<string> Paragraphs { get; set; } = [];

    /// <summary>
    /// The cell this one continues (itself unless a page break cut it): the owner holds the text
    /// of all its parts and is the cell's identity in the stitched grid.
    /// </summary>
    public GridCell Owner { get; set; }

    /// <summary>The text of the whole cell, over every page it is printed on.</summary>
    public List<string> FullText { get; set; } = [];

    public GridCell() => Owner = this;

    /// <summary>The furthest right any line of this cell's column reaches.</summary>
    public double TextEdge { get; set; }

    public bool IsEmpty => Paragraphs.Count == 0;
}

/// <summary>
/// A ruled table found on one page: column boundaries <see cref="Xs"/>, row boundaries
/// <see cref="Ys"/> (top-down), and for every slot the cell covering it (merged cells cover several).
/// </summary>
internal sealed class PageTable
{
    public required int Page { get; init; }
    public required double PageHeight { get; init; }
    public required double[] Xs { get; init; }
    public required double[] Ys { get; init; }
    public required GridCell[][] Slots { get; init; }

    /// <summary>The page's snapping tolerance (see <see cref="RulingEdges.Tolerance"/>).</summary>
    public required double Tolerance { get; init; }

    public int Columns => Xs.Length - 1;
    public double Top => Ys[0];
    public double Bottom => Ys[^1];
    public double Left => Xs[0];
    public double Right => Xs[^1];

    public IEnumerable<GridCell> Cells => Slots.SelectMany(r => r).Distinct();

    /// <summary>Whether the point lies in the table's frame.</summary>
    public bool Contains(double x, double y, double tolerance) =>
        x >= Left - tolerance && x <= Right + tolerance && y >= Top - tolerance && y <= Bottom + tolerance;
}
