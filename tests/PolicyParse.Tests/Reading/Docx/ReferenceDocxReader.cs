using System.IO.Packaging;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Reading;
using PolicyParse.Reading.Docx;
using FailureKind = PolicyParse.FailureKind;
using TableCell = PolicyParse.Reading.TableCell;
using TableRow = PolicyParse.Reading.TableRow;

#pragma warning disable CA1822, CA1305, CA1307, CA1309, CA1310, CA1311, CA1847, CA1865, CA1866, CA1867, IDE0051, IDE0005

// The .docx reader as it was on the Open XML SDK's typed tree, kept as the oracle the streaming
// reader is compared with (DocxReaderEquivalenceTests). Not used by the library.
namespace PolicyParse.Tests.Reading.Docx.Reference;

/// <summary>
/// Reads a Word document's body in order: paragraphs (with the list numbers Word draws) and
/// tables as grids. Headers, footers, footnotes and comments are not part of the body.
/// </summary>
internal sealed class ReferenceDocxReader
{
    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm"];

    public SourceDocument Read(string path, ReadOnlyMemory<byte> content, string sha256)
    {
        PackageGuard.Check(content.Span);
        // The package reads the bytes in place; a copy is made only for a slice of a larger buffer.
        using var stream = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        PackageGuard.OpenChecked(stream).Dispose();
        try
        {
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            var main = document.MainDocumentPart ?? throw new InputException(FailureKind.UnsupportedFormat, "the .docx has no main document part");
            var body = main.Document?.Body ?? throw new InputException(FailureKind.UnsupportedFormat, "the .docx has no body");
            var blocks = ReadBody(body, new ReferenceWordNumbering(main));
            if (blocks.Count == 0)
                throw new InputException(FailureKind.Empty, "the document holds no text");
            return new SourceDocument(new SourceInfo(path, Format, null, sha256), blocks);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or XmlException or InvalidDataException or FormatException)
        {
            throw new InputException(FailureKind.UnsupportedFormat, $"the .docx is corrupt or not a Word document ({e.Message.TrimEnd('.')})");
        }
    }

    private static List<Block> ReadBody(OpenXmlElement body, ReferenceWordNumbering numbering)
    {
        var blocks = new List<Block>();
        int paragraphs = 0, tables = 0;
        Walk(body);
        return blocks;

        void Walk(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph p:
                        paragraphs++;
                        var text = numbering.NextLabel(p) + ReferenceWordText.Of(p);
                        blocks.Add(new ParagraphBlock(text, new Origin { Paragraph = paragraphs }));
                        break;
                    case Table table:
                        var grid = ReferenceWordTableReader.Read(table, ++tables);
                        if (grid.Rows.Count > 0) blocks.Add(grid);
                        break;
                    // Content controls and custom XML wrap ordinary body content.
                    case SdtBlock or SdtContentBlock or CustomXmlBlock:
                        Walk(element);
                        break;
                }
            }
        }
    }
}

/// <summary>The visible text of a paragraph: runs joined, tabs and breaks kept, deletions and field codes left out.</summary>
internal static class ReferenceWordText
{
    public static string Of(OpenXmlElement paragraph)
    {
        var sb = new StringBuilder();
        Append(paragraph, sb);
        return sb.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); break;
                case TabChar or PositionalTab: sb.Append('\t'); break;
                case Break { Type.Value: var type } when type == BreakValues.Page || type == BreakValues.Column: break;
                case Break or CarriageReturn: sb.Append(' '); break;
                case NoBreakHyphen: sb.Append('-'); break;
                case SoftHyphen: break;
                case SymbolChar sym: AppendSymbol(sym, sb); break;
                // Tracked deletions, field instructions, footnote/comment marks and drawings are not body text.
                case DeletedRun or DeletedText or FieldCode or DeletedFieldCode or FootnoteReference or EndnoteReference
                    or CommentReference or CommentRangeStart or CommentRangeEnd or Drawing or ParagraphProperties or RunProperties: break;
                // Nested tables are read by the table reader; a paragraph never holds one.
                default: Append(child, sb); break;
            }
        }
    }

    /// <summary>w:sym stores a code point, in the Symbol-font private range F0xx for common symbols.</summary>
    private static void AppendSymbol(SymbolChar sym, StringBuilder sb)
    {
        if (!int.TryParse(sym.Char?.Value, System.Globalization.NumberStyles.HexNumber, null, out var code)) return;
        if (code >= 0xF000) code -= 0xF000;
        if (code is >= 0x20 and < 0xD800) sb.Append((char)code);
    }
}

/// <summary>
/// Computes the list labels Word draws from <c>numbering.xml</c> (一、 （一） 1.), which are not in
/// the paragraph text: the section recognizer must see them as if they were typed.
/// Counters follow Word's rules: kept per abstract list, deeper levels restart when a level advances.
/// </summary>
internal sealed class ReferenceWordNumbering
{
    private readonly Dictionary<int, (int AbstractId, Dictionary<int, int> StartOverrides)> _instances = [];
    private readonly Dictionary<int, Dictionary<int, Level>> _abstracts = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly HashSet<int> _overridesApplied = [];
    private readonly Dictionary<string, (int? NumId, int? Level, string? BasedOn)> _styles = [];

    private sealed record Level(int Start, string Format, string Text);

    public ReferenceWordNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        if (numbering is not null)
        {
            foreach (var abs in numbering.Elements<AbstractNum>())
            {
                if (abs.AbstractNumberId?.Value is not { } absId) continue;
                _abstracts[absId] = abs.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>()
                    .Where(l => l.LevelIndex?.Value is not null)
                    .ToDictionary(l => l.LevelIndex!.Value, l => new Level(
                        l.StartNumberingValue?.Val?.Value ?? 1,
                        l.NumberingFormat?.Val?.InnerText ?? "decimal",
                        l.LevelText?.Val?.Value ?? ""));
            }
            foreach (var num in numbering.Elements<NumberingInstance>())
            {
                if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } absId) continue;
                var overrides = num.Elements<LevelOverride>()
                    .Where(o => o.LevelIndex?.Value is not null && o.StartOverrideNumberingValue?.Val?.Value is not null)
                    .ToDictionary(o => o.LevelIndex!.Value, o => o.StartOverrideNumberingValue!.Val!.Value);
                _instances[numId] = (absId, overrides);
            }
        }

        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id)
            {
                var numPr = style.StyleParagraphProperties?.NumberingProperties;
                _styles[id] = (numPr?.NumberingId?.Val?.Value, numPr?.NumberingLevelReference?.Val?.Value, style.BasedOn?.Val?.Value);
            }
    }

    /// <summary>The label of this paragraph (advancing the counters), or "" when it is not numbered.</summary>
    public string NextLabel(Paragraph paragraph)
    {
        var (numId, ilvl) = Resolve(paragraph);
        if (numId is not { } id || id == 0 || !_instances.TryGetValue(id, out var instance)) return "";
        if (!_abstracts.TryGetValue(instance.AbstractId, out var levels)) return "";
        var level = ilvl ?? 0;
        if (!levels.TryGetValue(level, out var definition)) return "";

        var counters = CountersFor(instance.AbstractId, levels);
        if (_overridesApplied.Add(id))
            foreach (var (l, start) in instance.StartOverrides)
                if (l < counters.Length) counters[l] = start - 1;
        counters[level]++;
        for (var deeper = level + 1; deeper < counters.Length; deeper++)
            counters[deeper] = levels.TryGetValue(deeper, out var d) ? d.Start - 1 : 0;

        if (definition.Format is "none" or "bullet") return "";
        var label = definition.Text;
        for (var l = 0; l <= level; l++)
        {
            var format = levels.TryGetValue(l, out var ld) ? ld.Format : "decimal";
            label = label.Replace($"%{l + 1}", Format(Math.Max(counters[l], 1), format));
        }
        return label;
    }

    private int[] CountersFor(int abstractId, Dictionary<int, Level> levels)
    {
        if (_counters.TryGetValue(abstractId, out var counters)) return counters;
        counters = new int[9];
        for (var l = 0; l < counters.Length; l++)
            counters[l] = levels.TryGetValue(l, out var d) ? d.Start - 1 : 0;
        return _counters[abstractId] = counters;
    }

    /// <summary>numPr on the paragraph, else on its style or the styles it is based on.</summary>
    private (int? NumId, int? Level) Resolve(Paragraph paragraph)
    {
        var numPr = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = numPr?.NumberingId?.Val?.Value, level = numPr?.NumberingLevelReference?.Val?.Value;
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; numId is null && styleId is not null && depth < 10 && _styles.TryGetValue(styleId, out var s); depth++)
        {
            numId = s.NumId;
            level ??= s.Level;
            styleId = s.BasedOn;
        }
        return (numId, level);
    }

    /// <summary>Renders a counter in a Word number format.</summary>
    internal static string Format(int n, string format) => WordNumbering.Format(n, format);
}

/// <summary>
/// Reads a <c>w:tbl</c> into a grid: <c>w:gridSpan</c> widens a cell over several grid columns and
/// <c>w:vMerge</c> continuation cells take the text of the cell the merge started in, so every row
/// carries its key task.
/// </summary>
internal static class ReferenceWordTableReader
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
                    var text = ReferenceWordText.Of(p).Trim();
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
