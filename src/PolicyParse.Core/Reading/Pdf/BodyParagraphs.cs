namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Body lines into paragraphs, as a word processor laid them out: a paragraph ends where a line
/// stops short of the text block's right edge, before an indented line, at a change of size, or
/// at a wider gap than the page's line pitch. A centred line under a centred or full line of the
/// same size continues it (a title wrapped over two lines). Page breaks are not paragraph breaks.
/// </summary>
internal static class BodyParagraphs
{
    /// <summary>The text block of pages of one size: left and right edges and the usual distance between baselines.</summary>
    public sealed record Block(double Left, double Right, double Pitch);

    public static Block Measure(IReadOnlyList<PdfLine> lines)
    {
        if (lines.Count == 0) return new Block(0, 0, 0);
        var lefts = lines.Select(l => l.Left).Order().ToList();
        var steps = lines.Zip(lines.Skip(1), (a, b) => a.Page == b.Page ? b.Baseline - a.Baseline : 0).Where(d => d > 0).Order().ToList();
        var size = lines.Select(l => l.Size).Order().ElementAt(lines.Count / 2);
        var pitch = steps.Count == 0 ? 1.5 * size : Math.Max(steps[steps.Count / 2], size);
        // The left edge: the leftmost place several lines start (a stray outdented line does not move it).
        var left = lefts[Math.Min(lefts.Count - 1, lefts.Count / 10)];
        return new Block(Math.Min(left, lefts[0] + size), CellText.TextEdge(lines), pitch);
    }

    /// <summary>Whether <paramref name="next"/> starts a new paragraph after <paramref name="previous"/>.</summary>
    public static bool Breaks(PdfLine previous, Block previousBlock, PdfLine next, Block nextBlock)
    {
        var size = Math.Max(previous.Size, next.Size);
        if (Math.Abs(previous.Size - next.Size) > 0.15 * size) return true;
        if (previous.Page == next.Page && next.Baseline - previous.Baseline > 1.35 * nextBlock.Pitch) return true;
        var full = CellText.IsFull(previous, next, previousBlock.Right);
        if (IsCentred(next, nextBlock) && (full || IsCentred(previous, previousBlock))) return false;
        if (!full) return true;
        return next.Left > nextBlock.Left + 0.9 * next.Size; // a first-line indent (usually two characters)
    }

    private static bool IsCentred(PdfLine line, Block block)
    {
        double leftGap = line.Left - block.Left, rightGap = block.Right - line.Right;
        // Wider than a first-line indent (two characters) on the left, and balanced.
        return leftGap > 3 * line.Size && Math.Abs(leftGap - rightGap) < line.Size;
    }
}
