using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Tables as `pdftotext -raw` prints them: cells in the order they were drawn (row by row, left to
/// right), each wrapped over lines of its column's width, no blank lines; cells that share a
/// baseline come out on one line with a space between; the header repeats on each page and a row
/// cut by a page break goes on, column by column, right after it. Key-task labels are taken out
/// first (the key task comes from the body); the rest is cut into rows and cells by the reading
/// of least cost (<see cref="RawSegmenter"/>), whose column widths are learnt from the document's
/// own lines, pass after pass.
/// </summary>
internal sealed class PdfTextRawStrategy : ITableStrategy
{
    /// <summary>Passes of reading and learning column widths once first learnt; they settle after one or two.</summary>
    private const int Passes = 2;

    /// <summary>Runs read without known widths (a few pages' worth) to learn the widths from.</summary>
    private const int SampleChunks = 400;

    public string Name => "pdftotext-raw";

    public TableCandidate? TryReconstruct(TableContext context)
    {
        var lines = context.Lines;
        if (!lines.Any(l => l.Raw.Contains('\f'))) return null; // pdftotext starts every page with a form feed
        var table = RawTableText.Find(lines, context.BodyEnd);
        if (table is null) return null;
        var chunks = table.ReadChunks(lines);
        if (!LooksRaw(lines, table, chunks)) return null;

        var columns = table.Columns.Where(c => c != TaskColumn.KeyTask).ToList();
        chunks = WithoutLabels(chunks, context.Body);
        var unknown = columns.Select(_ => (double?)null).ToList();
        // Without widths nothing prunes the search: the first pages are enough to learn them from.
        var sample = chunks.Take(SampleChunks).ToList();
        var first = new RawSegmenter(sample, columns, unknown).Segment();
        var capacity = first.Count > 0 ? RawSegmenter.LearnCapacities(sample, columns.Count, first) : unknown;
        List<List<RawCell>> rows = [];
        RawSegmenter? last = null;
        for (var pass = 0; pass < Passes; pass++)
        {
            // The last pass keeps every step it weighed, to see how close the runner-up came.
            last = new RawSegmenter(chunks, columns, capacity, margins: pass == Passes - 1);
            var read = last.Segment();
            // Widths learnt wrong can leave no reading at all: read by shapes alone then.
            if (read.Count == 0)
            {
                last = new RawSegmenter(chunks, columns, unknown, margins: true);
                rows = last.Segment();
                break;
            }
            rows = read;
            // Widths learnt after the last pass would go unused.
            if (pass < Passes - 1) capacity = RawSegmenter.LearnCapacities(chunks, columns.Count, rows);
        }
        if (rows.Count == 0) return Unread(table, lines, context);
        // A runner-up no further off than the price of one row start, plus what a typical cell of
        // this document pays even in the chosen reading (its median cost: how far the document's
        // cells stand from the ideal), is too close to tell from the chosen one.
        var costs = rows.SelectMany(r => r).Select(c => c.Cost).Order().ToList();
        var scale = RawSegmenter.NewRowCost + (costs.Count == 0 ? 0 : costs[costs.Count / 2]);
        var doubtful = last?.Doubtful(rows, scale) ?? [];
        RawRows.DoubtUnendedStarts(chunks, columns, rows, doubtful);
        var (built, from) = RawRows.Build(chunks, columns, rows);
        var candidate = PdfRows.ToCandidate(Name, table.Columns, built, context, lines[table.FirstLine].Origin);
        return candidate is null ? null : RawRows.WithDoubts(candidate, from, columns, doubtful);
    }

    /// <summary>
    /// Raw output wraps every cell to its column: no blank lines between cells and no runs of
    /// spaces lining columns up (those are the default and -layout modes).
    /// </summary>
    private static bool LooksRaw(IReadOnlyList<TextLine> lines, RawTableText table, List<RawChunk> chunks)
    {
        if (chunks.Count == 0) return false;
        var last = chunks[^1].Line;
        var span = Enumerable.Range(table.LastLine + 1, last - table.LastLine).Select(i => lines[i]).ToList();
        var blank = span.Count(l => l.IsBlank);
        var gaps = span.Count(l => LayoutRuns.HasWideGaps(l.Raw));
        return blank * 10 <= span.Count && gaps * 10 <= span.Count && !Interleaved(chunks, table.Columns.Contains(TaskColumn.Sequence));
    }

    /// <summary>
    /// Default mode prints a row's columns line by line in turn: a wide work line that has not
    /// ended its sentence is followed by a short fragment of another column (区级有关) and goes on
    /// lines later. -raw prints a cell's lines together, so such a line is followed by its own
    /// continuation; where a third or more of them are not, the dump interleaves columns. A row's
    /// 序号 cell opens its first line: the line's work text is the run after it (else, with a wide
    /// work column, few work lines open a line and the narrow unit lines pass for the wide ones).
    /// </summary>
    private static bool Interleaved(List<RawChunk> chunks, bool numbered)
    {
        var firsts = chunks.Where((c, i) => c.LineStart && !(numbered && IsNumberBefore(chunks, i))
            || !c.LineStart && numbered && i > 0 && IsNumberBefore(chunks, i - 1)).ToList();
        if (firsts.Count < 2) return false;
        var widths = firsts.Select(c => c.Width).Order().ToList();
        var wide = widths[(int)(0.9 * (widths.Count - 1))];
        int unended = 0, interrupted = 0;
        for (var i = 0; i + 1 < firsts.Count; i++)
        {
            var (line, next) = (firsts[i], firsts[i + 1]);
            if (line.Width < 0.75 * wide || line.Text[^1] is '。' or '；' or ';') continue;
            unended++;
            if (next.Width < 0.5 * wide && !next.Text.Contains('。') && !next.Text.Contains('；')) interrupted++;
        }
        return unended > 0 && interrupted * 3 >= unended;
    }

    /// <summary>A 序号 cell (a short number) opening a line that goes on with another run.</summary>
    private static bool IsNumberBefore(List<RawChunk> chunks, int i) =>
        chunks[i] is { LineStart: true, LineEnd: false, Text: var t } && RawCellCost.Shape(RawKind.Sequence, t, 1) == 0;

    /// <summary>
    /// Key-task numbers cut in two ((十 at a line's start, 二）推 opening the next line): the first
    /// part maps to null (dropped), the line opener to the whole label start. Only where the parts
    /// join into a number of the body's key-task level whose title the rest starts to spell.
    /// </summary>
    private static Dictionary<int, string?> CutNumbers(List<RawChunk> chunks, KeyTaskLabels labels, int level, Func<RawChunk, bool> prose)
    {
        var completed = new Dictionary<int, string?>();
        for (var i = 0; i < chunks.Count; i++)
        {
            var head = chunks[i];
            if (!head.LineStart || head.Text.Length > 3 || Heading.Match(head.Text) is not null) continue;
            var next = chunks.FindIndex(i + 1, c => c.LineStart);
            if (next < 0 || completed.ContainsKey(next) || prose(chunks[next])) continue;
            var joined = head.Text + chunks[next].Text;
            if (Heading.Match(joined) is not { } heading || heading.Level != level) continue;
            if (joined.Length - heading.Rest.Length <= head.Text.Length) continue; // the number does not run across the cut
            if (labels.SplitLeading(joined) is not { } split) continue;
            var rest = BodyIndex.Key(heading.Rest);
            if (!BodyIndex.Key(split.Section.Title).StartsWith(rest, StringComparison.Ordinal)) continue;
            (completed[i], completed[next]) = (null, joined);
        }
        return completed;
    }

    /// <summary>A header was found but no reading of its rows was possible: one row says so, loudly, rather than none.</summary>
    private static TableCandidate Unread(RawTableText table, IReadOnlyList<TextLine> lines, TableContext context)
    {
        var warning = new FieldWarning("row", "row.unread", "the task table's header was found but its rows could not be rebuilt from this text; no field of the table was read");
        var cells = new Dictionary<TaskColumn, string> { [TaskColumn.Text] = "" };
        var row = new RawRow(cells, lines[table.FirstLine].Origin, [warning], null);
        return new TableCandidate("pdftotext-raw", table.Columns, [row], lines[table.FirstLine].Origin, 0);
    }

    /// <summary>
    /// Takes key-task labels out of the runs: a label's lines start with the key task's number and
    /// spell its body title, across a page break too (<see cref="LabelReader"/>). A narrow label
    /// column cuts even the number ((十 / 二）推进): the line that opens next completes it.
    /// </summary>
    private static List<RawChunk> WithoutLabels(List<RawChunk> chunks, BodyIndex body)
    {
        var labels = new KeyTaskLabels(body);
        var reader = new LabelReader(labels, body.KeyTaskLevel, wholeCells: true);
        var wide = chunks.Select(c => c.Width).Order().ToList();
        var proseWidth = wide.Count == 0 ? 0 : 0.75 * wide[(int)(0.9 * (wide.Count - 1))];
        bool Prose(RawChunk c) => c.Text.Contains('。') || c.Width >= proseWidth;
        var completed = CutNumbers(chunks, labels, body.KeyTaskLevel, Prose);
        var kept = new List<RawChunk>();
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var whole = completed.TryGetValue(i, out var label) ? label : chunk.Text;
            if (whole is null) continue;
            var beside = !chunk.LineStart && kept.Count > 0 && kept[^1].Line == chunk.Line;
            if (!reader.Read(whole, Prose(chunk), beside)) kept.Add(chunk);
        }
        // Runs left alone on their line once a label beside them went.
        return kept.Select((c, i) => c with
        {
            LineStart = i == 0 || kept[i - 1].Line != c.Line,
            LineEnd = i == kept.Count - 1 || kept[i + 1].Line != c.Line,
        }).ToList();
    }
}
