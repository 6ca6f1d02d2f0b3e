using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// One drawn character in top-down page coordinates (y grows downwards, so reading order sorts
/// by <see cref="Baseline"/> then <see cref="Left"/>).
/// </summary>
internal sealed record Glyph(string Text, double Left, double Right, double Baseline, double Size)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);
    // Ideographs sit from about 0.8 em above the baseline to 0.2 em below it, whatever the glyph's ink.
    public double Top => Baseline - 0.8 * Size;
    public double Bottom => Baseline + 0.2 * Size;
    public double CentreX => (Left + Right) / 2;
    public double CentreY => Baseline - 0.3 * Size;
}

/// <summary>A straight horizontal or vertical piece of a drawn rule, in top-down coordinates.</summary>
/// <param name="Position">y of a horizontal rule, x of a vertical one.</param>
/// <param name="Start">Smaller end along the rule.</param>
internal sealed record Rule(bool Horizontal, double Position, double Start, double End, double Width)
{
    public double Length => End - Start;
}

/// <summary>What geometry needs from one page: its size, glyphs and rules.</summary>
internal sealed record PageContent(int Number, double Width, double Height, IReadOnlyList<Glyph> Glyphs, IReadOnlyList<Rule> Rules, int Images)
{
    /// <summary>The median glyph size: the page's own unit for every tolerance.</summary>
    public double BodySize { get; } = Median(Glyphs.Where(g => !g.IsSpace).Select(g => g.Size), 10.5);

    public bool HasText => Glyphs.Any(g => !g.IsSpace);

    private static double Median(IEnumerable<double> values, double fallback)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? fallback : sorted[sorted.Count / 2];
    }

    /// <summary>Reads a PdfPig page. Call inside <see cref="PdfGuard.Run{T}"/>.</summary>
    public static PageContent From(Page page)
    {
        var bounds = page.MediaBox.Bounds;
        double left = bounds.Left, top = bounds.Top;
        var glyphs = new List<Glyph>();
        var seen = new HashSet<(string, long, long)>();
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || letter.Value.Length == 0) continue;
            var x0 = letter.StartBaseLine.X - left;
            var x1 = Math.Max(letter.EndBaseLine.X - left, x0 + (letter.Value == " " ? 0 : 0.1));
            var baseline = top - letter.StartBaseLine.Y;
            // Fake bold draws each glyph twice at (almost) the same place: keep one.
            if (!seen.Add((letter.Value, (long)Math.Round(x0 * 2), (long)Math.Round(baseline * 2)))) continue;
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
            glyphs.Add(new Glyph(letter.Value, x0, x1, baseline, size));
        }
        var rules = new List<Rule>();
        var bodySize = Median(glyphs.Where(g => !g.IsSpace).Select(g => g.Size), 10.5);
        foreach (var path in page.Paths)
            AddRules(path, rules, left, top, page.Width, page.Height, bodySize);
        return new PageContent(page.Number, page.Width, page.Height, glyphs, rules, page.NumberOfImages);
    }

    /// <summary>
    /// Rules are stroked lines and rectangle edges, and filled rectangles thin enough to be a line
    /// (thick borders are often drawn so). Larger filled areas (cell shading) give their edges, as
    /// pdfplumber does, unless they are white or cover most of the page (a background).
    /// </summary>
    private static void AddRules(UglyToad.PdfPig.Graphics.PdfPath path, List<Rule> rules, double left, double top, double width, double height, double bodySize)
    {
        if (!path.IsStroked && !path.IsFilled) return; // clipping or invisible
        var thin = 0.25 * bodySize;
        var strokeWidth = Math.Max(path.LineWidth, 0.1);
        foreach (var sub in path)
        {
            if (sub.Commands.Any(c => c is PdfSubpath.BezierCurve)) continue;
            var box = sub.GetBoundingRectangle();
            if (box is not { } r) continue;
            double x0 = r.Left - left, x1 = r.Right - left, y0 = top - r.Top, y1 = top - r.Bottom;
            if (path.IsFilled && !path.IsStroked)
            {
                if (IsWhite(path.FillColor)) continue;
                if (y1 - y0 <= thin && x1 - x0 > thin) rules.Add(new Rule(true, (y0 + y1) / 2, x0, x1, y1 - y0));
                else if (x1 - x0 <= thin && y1 - y0 > thin) rules.Add(new Rule(false, (x0 + x1) / 2, y0, y1, x1 - x0));
                else if (x1 - x0 < 0.9 * width || y1 - y0 < 0.9 * height) AddBoxEdges(rules, x0, x1, y0, y1, 0);
                continue;
            }
            var lines = sub.Commands.OfType<PdfSubpath.Line>().ToList();
            if (sub.IsDrawnAsRectangle || (lines.Count == 0 && sub.IsClosed()))
            {
                AddBoxEdges(rules, x0, x1, y0, y1, strokeWidth);
                continue;
            }
            foreach (var line in lines)
            {
                double ax = line.From.X - left, bx = line.To.X - left, ay = top - line.From.Y, by = top - line.To.Y;
                if (Math.Abs(ay - by) <= thin && Math.Abs(ax - bx) > Math.Abs(ay - by))
                    rules.Add(new Rule(true, (ay + by) / 2, Math.Min(ax, bx), Math.Max(ax, bx), strokeWidth));
                else if (Math.Abs(ax - bx) <= thin && Math.Abs(ay - by) > Math.Abs(ax - bx))
                    rules.Add(new Rule(false, (ax + bx) / 2, Math.Min(ay, by), Math.Max(ay, by), strokeWidth));
            }
        }
    }

    private static void AddBoxEdges(List<Rule> rules, double x0, double x1, double y0, double y1, double width)
    {
        rules.Add(new Rule(true, y0, x0, x1, width));
        rules.Add(new Rule(true, y1, x0, x1, width));
        rules.Add(new Rule(false, x0, y0, y1, width));
        rules.Add(new Rule(false, x1, y0, y1, width));
    }

    private static bool IsWhite(IColor? color)
    {
        if (color is null) return false;
        var (r, g, b) = color.ToRGBValues();
        return r > 0.95 && g > 0.95 && b > 0.95;
    }
}
