namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Cleans a page's rules the way pdfplumber does: near-collinear pieces are snapped onto one
/// position, collinear pieces that touch or almost touch are joined, crumbs are dropped.
/// </summary>
internal static class RulingEdges
{
    /// <summary>
    /// The snapping tolerance of a page: borders drawn by one producer land within a line width of
    /// each other, and a fifth of the body size is far below any real row or column (a line of text).
    /// </summary>
    public static double Tolerance(PageContent page)
    {
        var size = page.BodySize;
        var widths = page.Rules.Select(r => r.Width).Where(w => w > 0 && w < 0.5 * size).Order().ToList();
        var typicalWidth = widths.Count == 0 ? 0 : widths[widths.Count / 2];
        return Math.Clamp(Math.Max(0.2 * size, 2 * typicalWidth), 1.0, 0.5 * size);
    }

    public static List<Rule> Merge(IEnumerable<Rule> rules, double tolerance)
    {
        var merged = new List<Rule>();
        foreach (var horizontal in new[] { true, false })
        {
            var sorted = rules.Where(r => r.Horizontal == horizontal).OrderBy(r => r.Position).ToList();
            var i = 0;
            while (i < sorted.Count)
            {
                // A cluster: positions chained within the tolerance of the cluster's running mean.
                var cluster = new List<Rule> { sorted[i] };
                var mean = sorted[i].Position;
                for (i++; i < sorted.Count && sorted[i].Position - mean <= tolerance; i++)
                {
                    cluster.Add(sorted[i]);
                    mean = cluster.Average(r => r.Position);
                }
                merged.AddRange(Join(cluster, mean, tolerance));
            }
        }
        return merged;
    }

    private static IEnumerable<Rule> Join(List<Rule> cluster, double position, double tolerance)
    {
        Rule? current = null;
        foreach (var r in cluster.OrderBy(r => r.Start))
        {
            if (current is not null && r.Start <= current.End + tolerance)
            {
                current = current with { End = Math.Max(current.End, r.End), Width = Math.Max(current.Width, r.Width) };
                continue;
            }
            if (current is not null && current.Length >= tolerance) yield return current;
            current = r with { Position = position };
        }
        if (current is not null && current.Length >= tolerance) yield return current;
    }

    /// <summary>How much of [a, b] the rules at one position cover, as a share of its length.</summary>
    public static double Coverage(IEnumerable<Rule> rulesAtPosition, double a, double b)
    {
        if (b <= a) return 1;
        double covered = 0, reached = a;
        foreach (var r in rulesAtPosition.OrderBy(r => r.Start))
        {
            var s = Math.Max(r.Start, reached);
            var e = Math.Min(r.End, b);
            if (e > s) { covered += e - s; reached = e; }
        }
        return covered / (b - a);
    }
}
