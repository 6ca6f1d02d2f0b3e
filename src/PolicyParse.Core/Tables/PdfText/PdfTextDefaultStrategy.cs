using PolicyParse.Lexicon;
using PolicyParse.Normalization;
using PolicyParse.Model;
using PolicyParse.Tables.Alignment;
using PolicyParse.Text;

namespace PolicyParse.Tables.PdfText;

/// <summary>
/// Tables as `pdftotext` prints them by default: per page, blocks of lines in pdftotext's reading
/// order, each block one cell or several cells of one column stacked, blocks apart by blank lines;
/// the header names each on their own lines; a 具体工作 block may even come after the rows below
/// it. Cells keep their top-to-bottom order within a column but not across columns. Rows are
/// rebuilt from the 具体工作 cells put in body order (stream order among cells printed with their
/// rows); a row the stream printed whole (its 具体工作 cell, one or two unit cells, one deadline)
/// takes those cells, the other cells are laid onto the other rows in order, nearest to where the
/// stream put them. A unit or deadline field is warned unless the stream vouches for it
/// (<see cref="DefaultEvidence"/>), and where this reading and one by order alone disagree.
/// </summary>
internal sealed class PdfTextDefaultStrategy : ITableStrategy
{
    public string Name => "pdftotext-default";

    /// <summary>Header names stand within this many lines of each other, or on one page (pdftotext may print a name after its column's cells).</summary>
    private const int HeaderWindow = 40;

    public TableCandidate? TryReconstruct(TableContext context)
    {
        var lines = context.Lines;
        if (!lines.Any(l => l.Raw.Contains('\f'))) return null;
        var start = FindHeader(lines, Math.Max(context.BodyEnd, 0), out var columns);
        if (start < 0) return null;

        var body = context.Body;
        var stream = ReadStream(lines, start, new LabelReader(new KeyTaskLabels(body), body.KeyTaskLevel), columns.Contains(TaskColumn.Sequence));
        if (stream.Count == 0) return null;

        // A cut 具体工作 cell goes on in a later block where the body reads its words on, or does not
        // know the next line's words; a line the body holds elsewhere starts another row.
        bool Joins(string before, string after)
        {
            var (tail, head) = (BodyIndex.Key(before), BodyIndex.Key(after));
            var probe = tail[Math.Max(0, tail.Length - 6)..] + head[..Math.Min(6, head.Length)];
            if (probe.Length >= 6 && body.LongestBodyPrefix(probe) == probe.Length) return true;
            // Words the body does not hold say nothing against the join; words it holds elsewhere start another row.
            var start = head[..Math.Min(6, head.Length)];
            return start.Length > 0 && body.LongestBodyPrefix(start) < start.Length;
        }
        Func<string, string, bool> joins = Joins;
        // A 具体工作 line spells words of the body; a line of unit names the body never holds is a
        // unit cell's however wide its column prints it.
        Func<string, bool> held = text =>
        {
            var key = BodyIndex.Key(text);
            var probe = key[..Math.Min(8, key.Length)];
            return probe.Length < 4 || body.LongestBodyPrefix(probe) == probe.Length;
        };
        var first = new DefaultCellBuilder(stream, null, joins, held).Build();
        var cells = new DefaultCellBuilder(stream, first.Capacities, joins, held).Build();
        // Two readings: rows the stream printed whole get their own cells first (the reading used),
        // or every cell is aligned by order alone. Where they disagree on a field the stream does
        // not confirm, the field is unsure.
        var assembler = new DefaultRowAssembler(cells.Cells, body, columns, printedWholeFirst: true);
        var rows = assembler.Assemble();
        // Assembling joins and removes cells in place, so the second reading needs cells of its own.
        var byOrder = new DefaultRowAssembler(new DefaultCellBuilder(stream, first.Capacities, joins, held).Build().Cells, body, columns).Assemble();
        var widths = new DefaultEvidence.Widths(first.Capacities[TaskColumn.Lead], first.Capacities[TaskColumn.Support], first.Capacities[TaskColumn.Deadline]);
        var vouched = DefaultEvidence.Vouched(assembler.Rows, cells.Cells, columns, widths);
        if (byOrder.Count == rows.Count)
            for (var i = 0; i < rows.Count; i++)
                foreach (var column in columns.Where(c => c is TaskColumn.Lead or TaskColumn.Support or TaskColumn.Deadline or TaskColumn.Responsible))
                    if (CjkText.MatchKey(rows[i].Cell(column)) != CjkText.MatchKey(byOrder[i].Cell(column)) && !vouched.Contains((rows[i], column)))
                        rows[i].Warn(column.FieldName(), $"{column.FieldName()}.placement",
                            $"pdftotext printed this {column.FieldName()} cell apart from its row, and readings of the printed order disagree on which row it belongs to");
        DefaultChecks.WarnUnconfirmed(rows, columns, vouched, TextCapacity(cells.Cells));
        return PdfRows.ToCandidate(Name, columns, rows, context, lines[start].Origin);
    }

    private static double TextCapacity(List<DefaultCell> cells) =>
        PrintedWidth.Capacity(cells.Where(c => c.Kind == TaskColumn.Text).SelectMany(c => c.Lines.SkipLast(1)).Select(p => p.Text));

    /// <summary>
    /// The header as the default mode prints it: each name alone on its line (a wrapped one over two
    /// lines: 完成时 / 限), three or more of them near each other, none of them on a shared line.
    /// </summary>
    private static int FindHeader(IReadOnlyList<TextLine> lines, int from, out List<TaskColumn> columns)
    {
        columns = [];
        for (var i = from; i < lines.Count; i++)
        {
            if (HeaderName(lines, i, out _) == TaskColumn.Unknown && DefaultHeader.ReadAt(lines, i) is null) continue;
            var found = new List<TaskColumn>();
            for (var k = i; k < lines.Count && (k < i + HeaderWindow || !lines[k].Raw.Contains('\f')); k++)
            {
                // Names cut in pieces and interleaved (重点任 / 牵头单 / 具体工作 / 务 / 位) are read as a run.
                if (DefaultHeader.ReadAt(lines, k) is { } zone)
                {
                    found.AddRange(zone.Columns.Where(c => !found.Contains(c)));
                    k = zone.Last;
                    continue;
                }
                var column = HeaderName(lines, k, out var taken);
                if (column != TaskColumn.Unknown && !found.Contains(column)) found.Add(column);
                k += taken - 1;
            }
            if (found.Count >= 3 && found.Contains(TaskColumn.Text) && ColumnHeader.IsTaskTable(found))
            {
                columns = found;
                return i;
            }
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// The column a line (or the line and the next, for a wrapped name) names; <paramref name="taken"/>
    /// says how many lines. A line that only starts a name (完成时, its 限 printed apart) names it too,
    /// and <paramref name="cut"/> says so.
    /// </summary>
    private static TaskColumn HeaderName(IReadOnlyList<TextLine> lines, int i, out int taken, out bool cut)
    {
        (taken, cut) = (1, false);
        var line = lines[i];
        if (line.Raw.Contains('\t') || line.IsBlank || line.Kind == LineKind.TableHeader) return TaskColumn.Unknown;
        var column = ColumnHeader.Classify(line.Text);
        if (column != TaskColumn.Unknown || line.Text.Length > 4) return column;
        if (i + 1 < lines.Count && !lines[i + 1].IsBlank && ColumnHeader.Classify(line.Text + lines[i + 1].Text) is var joined and not TaskColumn.Unknown)
        {
            taken = 2;
            return joined;
        }
        column = ColumnHeader.ClassifyStart(line.Text);
        cut = column != TaskColumn.Unknown;
        return column;
    }

    private static TaskColumn HeaderName(IReadOnlyList<TextLine> lines, int i, out int taken) => HeaderName(lines, i, out taken, out _);

    /// <summary>A line of one or two characters that ends a header name one of <paramref name="starts"/> began.</summary>
    private static bool EndsCutName(TextLine line, List<string> starts)
    {
        var key = CjkText.MatchKey(line.Text);
        return key.Length is > 0 and <= 2 && starts.Any(s => ColumnHeader.Classify(s + key) != TaskColumn.Unknown);
    }

    /// <summary>A 序号 cell: one to three digits and nothing else.</summary>
    private static bool IsSequence(string part) => part.Length <= 3 && part.All(char.IsAsciiDigit);

    /// <summary>The table's lines as pieces, page by page, with header names, page numbers and labels taken out; blocks end at blank lines.</summary>
    private static List<StreamLine> ReadStream(IReadOnlyList<TextLine> lines, int start, LabelReader labels, bool sequence)
    {
        var stream = new List<StreamLine>();
        var page = 0;
        var block = 0;
        var cutNames = new List<string>();
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Raw.Contains('\f') && i > start) { page++; block++; cutNames.Clear(); }
            // The notice's closing elements (抄送) end the table; a date alone on its line is a deadline cell.
            if (TableEnd.IsAt(line)) break;
            if (line.IsBlank || PageFurniture.IsPageNumber(line.Text)) { block++; labels.EndBlock(); continue; }
            if (DefaultHeader.ReadAt(lines, i) is { } zone) { cutNames.AddRange(zone.Cut); i = zone.Last; block++; continue; }
            if (HeaderName(lines, i, out var taken, out var cut) != TaskColumn.Unknown)
            {
                if (cut) cutNames.Add(CjkText.MatchKey(line.Text));
                i += taken - 1;
                block++;
                continue;
            }
            // The rest of a cut header name, printed among the cells.
            if (cutNames.Count > 0 && EndsCutName(line, cutNames)) { cutNames.Clear(); block++; continue; }
            var parts = DefaultParts.Split(line.Raw.Replace("\f", "").Trim());
            // A 序号 cell is a bare number at the line's left.
            if (sequence && parts.Count > 0 && IsSequence(parts[0])) parts.RemoveAt(0);
            if (parts.Count == 0) continue;
            // The key-task label is the leftmost cell: its lines are narrow and spell the body's title.
            // Label lines are narrow; prose is told apart by width in the cell builder, so here a
            // generous bound keeps the widest 具体工作 lines out of the label reader.
            if (labels.Read(parts[0], PrintedWidth.Of(parts[0]) >= 8 || parts[0].Contains('。'), parts.Count > 1)) parts.RemoveAt(0);
            if (sequence && parts.Count > 0 && IsSequence(parts[0])) parts.RemoveAt(0);
            var left = 0.0;
            foreach (var part in parts)
            {
                stream.Add(new StreamLine(new Piece(i, page, TaskColumn.Unknown, part), block, left));
                left = Math.Max(left, PrintedWidth.Of(part) + (part.Contains('。') ? 100 : 0));
            }
        }
        return stream;
    }
}

/// <summary>
/// One cell's line of the default-mode stream, the block (run of lines between blank lines) it is in,
/// and the width of the widest cell printed left of it on the same line (0 when it stands first).
/// </summary>
internal sealed record StreamLine(Piece Piece, int Block, double Left = 0);

/// <summary>A cell as the default mode printed it: its lines, their column kind, and where it stood in the page's stream.</summary>
internal sealed class DefaultCell(TaskColumn kind, StreamLine first, int order)
{
    public TaskColumn Kind { get; set; } = kind;
    public List<Piece> Lines { get; } = [first.Piece];
    public int Page => Lines[0].Page;
    public int Block { get; } = first.Block;
    /// <summary>Position in the stream (lines before it).</summary>
    public int Order { get; } = order;
    public string Text => CellText.Join(Lines);
    /// <summary>True when the cell's lines were gathered from pieces printed apart (<see cref="DefaultTextChains"/>): what the stream printed after its first piece says nothing of its row.</summary>
    public bool Gathered { get; set; }
}

/// <summary>Cuts the stream into cells: each line goes to the prose, unit or deadline cell it continues, or starts one.</summary>
internal sealed class DefaultCellBuilder
{
    private readonly List<StreamLine> _stream;
    private readonly double _textCapacity;
    private readonly double _unitCapacity;
    private readonly double _deadlineCapacity;
    private readonly double _proseWidth;
    private readonly UnitCells _units;

    public sealed record Result(List<DefaultCell> Cells, Dictionary<TaskColumn, double> Capacities);

    /// <summary>True when the body reads the end of one line straight on into the start of the other.</summary>
    private readonly Func<string, string, bool>? _joinsInBody;

    /// <summary>True when the body holds the words a line begins with (or the line is too short to tell).</summary>
    private readonly Func<string, bool>? _heldByBody;

    public DefaultCellBuilder(List<StreamLine> stream, IReadOnlyDictionary<TaskColumn, double>? capacities,
        Func<string, string, bool>? joinsInBody = null, Func<string, bool>? heldByBody = null)
    {
        _stream = stream;
        _joinsInBody = joinsInBody;
        _heldByBody = heldByBody;
        var texts = stream.Select(s => s.Piece.Text).ToList();
        _units = UnitCells.Learn(texts);
        // A width learnt in the first pass wins; a missing or zero one falls back to this pass's estimate.
        double Learnt(TaskColumn column, Func<double> estimate) => capacities?.GetValueOrDefault(column) is > 0 and var v ? v : estimate();
        _textCapacity = Learnt(TaskColumn.Text, () => PrintedWidth.Capacity(texts.Where(t => PrintedWidth.Of(t) >= 8)));
        _unitCapacity = Learnt(TaskColumn.Lead,
            () => PrintedWidth.Capacity(texts.Where(t => PrintedWidth.Of(t) is >= 3 and < 8 && !DeadlineWords.StartsDeadline(t) && !t.Any(char.IsAsciiDigit) && !t.Contains('。'))));
        _deadlineCapacity = Learnt(TaskColumn.Deadline, () => PrintedWidth.Capacity(texts.Where(t => PrintedWidth.Of(t) < 8 && DeadlineWords.StartsDeadline(t))));
        var supportCapacity = Learnt(TaskColumn.Support, () => _unitCapacity);
        _proseWidth = Math.Max(Math.Max(_unitCapacity, supportCapacity) + 2, Math.Min(8, _textCapacity - 2));
    }

    public Result Build()
    {
        var cells = new List<DefaultCell>();
        var open = new Dictionary<TaskColumn, DefaultCell>();
        var block = -1;
        for (var i = 0; i < _stream.Count; i++)
        {
            var line = _stream[i];
            if (line.Block != block)
            {
                // A 具体工作 cell whose last line ran full without ending its sentence goes on in a
                // later block of its page: pdftotext cuts blocks where other columns' lines interleave.
                var prose = open.GetValueOrDefault(TaskColumn.Text);
                open.Clear();
                if (prose is not null && prose.Page == line.Piece.Page && !LineEnd.EndsSentence(prose.Lines[^1].Text)
                    && LineEnd.OfProse(prose.Lines[^1].Text, _textCapacity) == LineEndKind.Continues
                    && _joinsInBody?.Invoke(prose.Lines[^1].Text, line.Piece.Text) == true)
                    open[TaskColumn.Text] = prose;
                block = line.Block;
            }
            var text = line.Piece.Text;
            var kind = KindOf(text, open);
            // Cells on one line stand in column order and the 具体工作 column is one of them: a cell
            // right of a cell at least as wide (not a narrow key-task label) is no 具体工作 line.
            if (kind == TaskColumn.Text && line.Left >= PrintedWidth.Of(text) && !text.Contains('。'))
                kind = DeadlineWords.StartsDeadline(text) || text.Any(char.IsAsciiDigit) ? TaskColumn.Deadline : TaskColumn.Lead;
            if (open.TryGetValue(kind, out var cell) && Continues(cell, kind, text))
            {
                cell.Lines.Add(line.Piece);
                continue;
            }
            cell = new DefaultCell(kind, line, i);
            cells.Add(cell);
            open[kind] = cell;
        }

        // A line that wrapped was (nearly) full: non-final lines give each kind's width.
        double Wrapped(TaskColumn kind)
        {
            var widths = cells.Where(c => c.Kind == kind).SelectMany(c => c.Lines.SkipLast(1)).Select(p => p.Text).ToList();
            return PrintedWidth.Capacity(widths);
        }
        var unitWidths = cells.Where(c => c.Kind == TaskColumn.Lead).SelectMany(c => c.Lines.SkipLast(1)).Select(p => PrintedWidth.Of(p.Text)).ToList();
        var capacities = new Dictionary<TaskColumn, double>
        {
            [TaskColumn.Text] = Wrapped(TaskColumn.Text),
            [TaskColumn.Lead] = Wrapped(TaskColumn.Lead),
            // The wider unit column: the widest wrapped unit line.
            [TaskColumn.Support] = unitWidths.Count > 0 ? unitWidths.Max() : Wrapped(TaskColumn.Lead),
            [TaskColumn.Deadline] = Wrapped(TaskColumn.Deadline),
        };
        return new Result(cells, capacities);
    }

    /// <summary>Prose, deadline or unit, judged by the line's shape and the cells open in its block.</summary>
    private TaskColumn KindOf(string text, Dictionary<TaskColumn, DefaultCell> open)
    {
        if (IsUnitLine(text)) return TaskColumn.Lead;
        if (open.TryGetValue(TaskColumn.Text, out var prose) && LineEnd.OfProse(prose.Lines[^1].Text, _textCapacity) == LineEndKind.Continues
            && (IsProse(text) || LineEnd.EndsSentence(text)))
            return TaskColumn.Text;
        if (IsProse(text)) return TaskColumn.Text;
        if (open.TryGetValue(TaskColumn.Deadline, out var deadline) && Continues(deadline, TaskColumn.Deadline, text)) return TaskColumn.Deadline;
        if (DeadlineWords.StartsDeadline(text) || text.Any(char.IsAsciiDigit)) return TaskColumn.Deadline;
        return TaskColumn.Lead; // a unit cell; lead or support is decided later
    }

    /// <summary>
    /// A line of unit names the body does not hold: no sentence end, digits or quotation marks, every
    /// name between two separators ends like a name, and some part does; a part at either end that
    /// does not (a name cut by the line) is short or words the body does not hold. Wide unit columns (A3,
    /// landscape) print such lines as wide as prose.
    /// </summary>
    private bool IsUnitLine(string text)
    {
        if (_heldByBody is null || text.AsSpan().IndexOfAny(NeverInUnitLines) >= 0 || text.Any(char.IsAsciiDigit) || _heldByBody(text)) return false;
        var parts = BracketAwareSplitter.Split(CjkText.NormalizeSpacing(text), UnitNames.ListSeparators);
        // The first and last parts may be the halves of names the line cuts (区司法局、区政务服).
        // A longer end part the body holds is prose after a short list (市、区县、乡镇三级行政许可…).
        for (var i = 0; i < parts.Count; i++)
            if (!UnitNames.LooksLikeUnit(parts[i]) && (i > 0 && i < parts.Count - 1 || parts[i].Length > 5 && _heldByBody(parts[i])))
                return false;
        return parts.Any(UnitNames.LooksLikeUnit);
    }

    private static readonly System.Buffers.SearchValues<char> NeverInUnitLines = System.Buffers.SearchValues.Create("。《》“”：:");

    private bool IsProse(string text) => PrintedWidth.Of(text) >= _proseWidth || text.Contains('。');

    private bool Continues(DefaultCell cell, TaskColumn kind, string text)
    {
        var last = cell.Lines[^1].Text;
        return kind switch
        {
            TaskColumn.Text => LineEnd.OfProse(last, _textCapacity) == LineEndKind.Continues,
            TaskColumn.Deadline => !LineEnd.EndsShortCell(last, _deadlineCapacity) && !IsProse(text)
                && (!DeadlineWords.StartsDeadline(text) || LineEnd.EndsMidClause(cell.Text)),
            _ => !LineEnd.EndsShortCell(last, _unitCapacity) && _units.Continues(cell.Text, text) && !IsProse(text),
        };
    }
}
