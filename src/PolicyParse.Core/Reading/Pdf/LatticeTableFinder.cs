namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Ruled ("lattice") tables, pdfplumber's way: cleaned rules that cross form connected frames;
/// each frame's distinct rule positions make a grid of slots; two neighbouring slots belong to one
/// cell when the rule between them is missing (that is how a merged cell is drawn); a glyph
/// belongs to the cell holding its centre.
/// </summary>
internal static class LatticeTableFinder
{
    /// <summary>Finds the page's tables and moves the glyphs inside them into their cells.</summary>
    /// <returns>The tables (top to bottom) and the glyphs outside every table.</returns>
    public static (List<PageTable> Tables, List<Glyph> Outside) Find(PageContent page)
    {
        var tolerance = RulingEdges.Tolerance(page);
        var edges = RulingEdges.Merge(page.Rules, tolerance);
        var tables = new List<PageTable>();
        foreach (var frame in Frames(edges, tolerance))
            if (Build(page, frame, tolerance) is { } table)
                tables.Add(table);
        tables.Sort((a, b) => a.Top.CompareTo(b.Top));

        var outside = new List<Glyph>();
        foreach (var g in page.Glyphs)
        {
            var table = tables.FirstOrDefault(t => t.Contains(g.CentreX, g.CentreY, 0));
            if (table is null) { outside.Add(g); continue; }
            var c = Slot(table.Xs, g.CentreX);
            var r = Slot(table.Ys, g.CentreY);
            table.Slots[r][c].Glyphs.Add(g);
        }
        foreach (var table in tables) CellText.Fill(table);
        return (tables, outside);
    }

    private static int Slot(double[] bounds, double value)
    {
        for (var i = 1; i < bounds.Length - 1; i++)
            if (value < bounds[i]) return i - 1;
        return bounds.Length - 2;
    }

    /// <summary>Groups of rules connected by crossings (within the tolerance).</summary>
    private static IEnumerable<List<Rule>> Frames(List<Rule> edges, double tolerance)
    {
        var parent = Enumerable.Range(0, edges.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < edges.Count; i++)
        {
            if (!edges[i].Horizontal) continue;
            var h = edges[i];
            for (var j = 0; j < edges.Count; j++)
            {
                var v = edges[j];
                if (v.Horizontal) continue;
                if (v.Position >= h.Start - tolerance && v.Position <= h.End + tolerance
                    && h.Position >= v.Start - tolerance && h.Position <= v.End + tolerance)
                    parent[Find(i)] = Find(j);
            }
        }
        return Enumerable.Range(0, edges.Count).GroupBy(Find).Select(g => g.Select(i => edges[i]).ToList());
    }

    private static PageTable? Build(PageContent page, List<Rule> frame, double tolerance)
    {
        var xs = Positions(frame.Where(r => !r.Horizontal), tolerance);
        var ys = Positions(frame.Where(r => r.Horizontal), tolerance);
        int rows = ys.Length - 1, cols = xs.Length - 1;
        // A lone box or a rule is no table; a table has two rows or two columns at least.
        if (rows < 1 || cols < 1 || rows * cols < 2) return null;

        var verticalAt = xs.Select(x => frame.Where(r => !r.Horizontal && Math.Abs(r.Position - x) <= tolerance).ToList()).ToArray();
        var horizontalAt = ys.Select(y => frame.Where(r => r.Horizontal && Math.Abs(r.Position - y) <= tolerance).ToList()).ToArray();
        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < cols; c++)
            {
                // A missing rule (under half of the shared side drawn) joins the two slots into one cell.
                if (c + 1 < cols && RulingEdges.Coverage(verticalAt[c + 1], ys[r], ys[r + 1]) < 0.5)
                    parent[Find(r * cols + c)] = Find(r * cols + c + 1);
                if (r + 1 < rows && RulingEdges.Coverage(horizontalAt[r + 1], xs[c], xs[c + 1]) < 0.5)
                    parent[Find(r * cols + c)] = Find((r + 1) * cols + c);
            }

        var slots = new GridCell[rows][];
        for (var r = 0; r < rows; r++) slots[r] = new GridCell[cols];
        foreach (var group in Enumerable.Range(0, rows * cols).GroupBy(Find))
        {
            int r0 = group.Min(i => i / cols), r1 = group.Max(i => i / cols), c0 = group.Min(i => i % cols), c1 = group.Max(i => i % cols);
            var cell = new GridCell
            {
                Row = r0, Col = c0, RowSpan = r1 - r0 + 1, ColSpan = c1 - c0 + 1,
                Left = xs[c0], Right = xs[c1 + 1], Top = ys[r0], Bottom = ys[r1 + 1],
            };
            // A region that is not a rectangle (broken rules) is taken as its bounding rectangle.
            for (var r = r0; r <= r1; r++)
                for (var c = c0; c <= c1; c++)
                    slots[r][c] = cell;
        }
        return new PageTable { Page = page.Number, PageHeight = page.Height, Xs = xs, Ys = ys, Slots = slots, Tolerance = tolerance };
    }

    /// <summary>Distinct positions of the rules, those within the tolerance of each other counted once.</summary>
    private static double[] Positions(IEnumerable<Rule> rules, double tolerance)
    {
        var result = new List<double>();
        foreach (var p in rules.Select(r => r.Position).Order())
            if (result.Count == 0 || p - result[^1] > tolerance) result.Add(p);
        return [.. result];
    }
}
