using PolicyParse.Model;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Reads a born-digital PDF by its geometry (PdfPig): ruled tables become grids like Word
/// tables (merges resolved, continued over page breaks), the remaining text becomes paragraphs
/// in reading order with page furniture removed. Every block's origin names its page and box.
/// </summary>
internal sealed class PdfReader : ISourceReader
{
    public string Format => "pdf";

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public SourceDocument Read(string path, ReadOnlyMemory<byte> content, string sha256)
    {
        PdfGuard.CheckBytes(content.Span);
        using var document = PdfGuard.Open(content);
        var pages = PdfGuard.Run(() => document.GetPages().Select(PageContent.From).ToList());
        CheckTextLayer(pages);
        var blocks = PdfGuard.Run(() => Layout(pages));
        if (blocks.Count == 0)
            throw new InputException(FailureKind.Empty, "the PDF holds no text");
        return new SourceDocument(new SourceInfo(path, Format, null, sha256), blocks);
    }

    /// <summary>Pages that are images without text are scans: reading the rest would give a partial notice.</summary>
    private static void CheckTextLayer(List<PageContent> pages)
    {
        var scanned = pages.Where(p => !p.HasText && p.Images > 0).Select(p => p.Number).ToList();
        if (scanned.Count == 0) return;
        var which = scanned.Count == pages.Count ? "the PDF" : $"page{(scanned.Count > 1 ? "s" : "")} {string.Join(", ", scanned.Take(5))}{(scanned.Count > 5 ? ", …" : "")} of the PDF";
        var verb = scanned.Count == 1 || scanned.Count == pages.Count ? "has" : "have";
        throw new InputException(FailureKind.UnsupportedFormat, $"{which} {verb} no text layer (scanned?); OCR is not supported");
    }

    private static List<Block> Layout(List<PageContent> pages)
    {
        var found = pages.Select(LatticeTableFinder.Find).ToList();
        var lines = PageFurniture.Remove(
            found.Select((f, i) => PageLines.Build(pages[i].Number, f.Outside)).ToList(),
            pages.Select(p => p.Height).ToList());

        // One stream in reading order: each page's lines and tables by their top.
        var items = new List<(PdfLine? Line, PageTable? Table)>();
        // Pages of one size share their margins: measuring them together keeps a page with a few
        // short lines (the end of the body) from taking its longest line for the margin.
        var measures = new Dictionary<int, BodyParagraphs.Block>();
        foreach (var size in Enumerable.Range(0, pages.Count).GroupBy(p => (Math.Round(pages[p].Width), Math.Round(pages[p].Height))))
        {
            var block = BodyParagraphs.Measure(size.SelectMany(p => lines[p]).ToList());
            foreach (var p in size) measures[pages[p].Number] = block;
        }
        for (var p = 0; p < pages.Count; p++)
        {
            var page = lines[p].Select(l => (Top: l.Top, Item: ((PdfLine?)l, (PageTable?)null)))
                .Concat(found[p].Tables.Select(t => (Top: t.Top, Item: ((PdfLine?)null, (PageTable?)t))))
                .OrderBy(x => x.Top);
            items.AddRange(page.Select(x => x.Item));
        }

        var blocks = new List<Block>();
        var paragraph = new List<PdfLine>();
        StitchedTable? table = null;
        int paragraphs = 0, tables = 0;
        foreach (var (line, pageTable) in items)
        {
            if (pageTable is not null)
            {
                FlushParagraph();
                if (table is not null && paragraph.Count == 0 && table.IsContinuedBy(pageTable)) table.Continue(pageTable);
                else { FlushTable(); table = new StitchedTable(pageTable); }
                continue;
            }
            FlushTable();
            if (paragraph.Count > 0 && BodyParagraphs.Breaks(paragraph[^1], measures[paragraph[^1].Page], line!, measures[line!.Page]))
                FlushParagraph();
            paragraph.Add(line!);
        }
        FlushParagraph();
        FlushTable();
        return blocks;

        void FlushTable()
        {
            if (table is null) return;
            blocks.Add(table.ToBlock(++tables));
            table = null;
        }

        void FlushParagraph()
        {
            if (paragraph.Count == 0) return;
            var text = paragraph.Aggregate("", (t, l) => CellText.Join(t, l.Text));
            var first = paragraph[0];
            var onFirstPage = paragraph.TakeWhile(l => l.Page == first.Page).ToList();
            double left = onFirstPage.Min(l => l.Left), right = onFirstPage.Max(l => l.Right), top = onFirstPage.Min(l => l.Top), bottom = onFirstPage.Max(l => l.Bottom);
            var height = pages.First(p => p.Number == first.Page).Height;
            blocks.Add(new ParagraphBlock(text, new Origin
            {
                Paragraph = ++paragraphs,
                Page = first.Page,
                Box = StitchedTable.Box((first.Page, height, left, top, right, bottom)),
            }));
            paragraph.Clear();
        }
    }
}
