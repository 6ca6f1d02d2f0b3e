using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PolicyParse.Serialization.Xlsx;

/// <summary>Style indexes of <see cref="WorkbookStyles"/>.</summary>
internal enum CellStyle : uint { Default = 0, Header = 1, Wrapped = 2, Date = 3, Month = 4 }

/// <summary>
/// One worksheet: a bold frozen header row, then rows of text (wrapped), numbers and dates.
/// Column widths follow the longest line in each column, CJK characters counting double, capped so
/// long task texts wrap instead of making a column a screen wide.
/// </summary>
internal sealed class SheetBuilder(IReadOnlyList<string> headers, IReadOnlyList<double>? maxWidths = null)
{
    private static readonly DateTime ExcelEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private readonly List<Row> _rows = [];
    private readonly double[] _widths = headers.Select(h => DisplayWidth(h) + 2.0).ToArray();

    public sealed class RowBuilder
    {
        internal readonly List<Cell> Cells = [];
        private readonly SheetBuilder _sheet;
        private readonly int _row;

        internal RowBuilder(SheetBuilder sheet, int row) => (_sheet, _row) = (sheet, row);

        public RowBuilder Text(string? text)
        {
            _sheet.Measure(Cells.Count, text ?? "");
            Cells.Add(new Cell
            {
                CellReference = Reference(Cells.Count, _row),
                DataType = CellValues.InlineString,
                StyleIndex = (uint)CellStyle.Wrapped,
                InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text ?? "") { Space = SpaceProcessingModeValues.Preserve }),
            });
            return this;
        }

        public RowBuilder Number(int? value)
        {
            if (value is null) return Text("");
            _sheet.Measure(Cells.Count, value.Value.ToString(CultureInfo.InvariantCulture));
            Cells.Add(new Cell { CellReference = Reference(Cells.Count, _row), CellValue = new CellValue(value.Value) });
            return this;
        }

        /// <summary>An ISO date (2021-12-31) or month (2022-08) as a real Excel date, shown with the precision given.</summary>
        public RowBuilder Date(string? iso)
        {
            if (iso is null) return Text("");
            var month = iso.Length == 7;
            if (!DateTime.TryParseExact(month ? iso + "-01" : iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Text(iso);
            _sheet.Measure(Cells.Count, "2021-12-31");
            var serial = (date - ExcelEpoch).TotalDays.ToString(CultureInfo.InvariantCulture);
            Cells.Add(new Cell
            {
                CellReference = Reference(Cells.Count, _row),
                StyleIndex = (uint)(month ? CellStyle.Month : CellStyle.Date),
                CellValue = new CellValue(serial),
            });
            return this;
        }
    }

    public RowBuilder AddRow()
    {
        var builder = new RowBuilder(this, _rows.Count + 2);
        var row = new Row { RowIndex = (uint)(_rows.Count + 2) };
        _rows.Add(row);
        _pending.Add((row, builder));
        return builder;
    }

    private readonly List<(Row Row, RowBuilder Builder)> _pending = [];

    public Worksheet Build()
    {
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < headers.Count; i++)
            header.Append(new Cell
            {
                CellReference = Reference(i, 1),
                DataType = CellValues.InlineString,
                StyleIndex = (uint)CellStyle.Header,
                InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(headers[i])),
            });
        foreach (var (row, builder) in _pending) row.Append(builder.Cells);

        var columns = new Columns();
        for (var i = 0; i < _widths.Length; i++)
        {
            var cap = maxWidths is not null && i < maxWidths.Count ? maxWidths[i] : 60;
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Min(_widths[i], cap), CustomWidth = true });
        }

        var data = new SheetData(header);
        data.Append(_rows);
        var last = Reference(headers.Count - 1, _rows.Count + 1);
        return new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0, TabSelected = false }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            data,
            new AutoFilter { Reference = $"A1:{last}" });
    }

    private void Measure(int column, string text)
    {
        if (column >= _widths.Length) return;
        foreach (var line in text.Split('\n'))
            _widths[column] = Math.Max(_widths[column], DisplayWidth(line) + 2.0);
    }

    /// <summary>Excel's width unit is about one Latin digit; a CJK character takes two.</summary>
    private static int DisplayWidth(string text) => text.Sum(c => c > 0x2E7F ? 2 : 1);

    private static string Reference(int column, int row)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name + row.ToString(CultureInfo.InvariantCulture);
    }
}
