using System.Globalization;
using System.Xml;
using static PolicyParse.Serialization.Xlsx.SpreadsheetXml;

namespace PolicyParse.Serialization.Xlsx;

/// <summary>Style indexes of <see cref="WorkbookStyles"/>.</summary>
internal enum CellStyle { Default = 0, Header = 1, Wrapped = 2, Date = 3, Month = 4 }

/// <summary>
/// One worksheet: a bold frozen header row, then rows of text (wrapped), numbers and dates.
/// Column widths follow the longest line in each column, CJK characters counting double, capped so
/// long task texts wrap instead of making a column a screen wide.
/// </summary>
internal sealed class SheetBuilder(IReadOnlyList<string> headers, IReadOnlyList<double>? maxWidths = null)
{
    private static readonly DateTime ExcelEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
    private readonly List<RowBuilder> _rows = [];
    private readonly double[] _widths = headers.Select(h => DisplayWidth(h) + 2.0).ToArray();

    /// <summary>A cell: inline text, or a number (a date is a number with a date style).</summary>
    internal sealed record Cell(CellStyle Style, string? Text, string? Number);

    public sealed class RowBuilder
    {
        internal readonly List<Cell> Cells = [];
        private readonly SheetBuilder _sheet;

        internal RowBuilder(SheetBuilder sheet) => _sheet = sheet;

        public RowBuilder Text(string? text)
        {
            _sheet.Measure(Cells.Count, text ?? "");
            Cells.Add(new Cell(CellStyle.Wrapped, text ?? "", null));
            return this;
        }

        public RowBuilder Number(int? value)
        {
            if (value is null) return Text("");
            var number = value.Value.ToString(CultureInfo.InvariantCulture);
            _sheet.Measure(Cells.Count, number);
            Cells.Add(new Cell(CellStyle.Default, null, number));
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
            Cells.Add(new Cell(month ? CellStyle.Month : CellStyle.Date, null, serial));
            return this;
        }
    }

    public RowBuilder AddRow()
    {
        var builder = new RowBuilder(this);
        _rows.Add(builder);
        return builder;
    }

    /// <summary>The content of the sheet's worksheet element, children in schema order.</summary>
    public void Write(XmlWriter xml)
    {
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        Attributes(xml, ("tabSelected", "0"), ("workbookViewId", "0"));
        Element(xml, "pane", ("ySplit", "1"), ("topLeftCell", "A2"), ("activePane", "bottomLeft"), ("state", "frozen"));
        Element(xml, "selection", ("pane", "bottomLeft"), ("activeCell", "A2"), ("sqref", "A2"));
        xml.WriteEndElement();
        xml.WriteEndElement();

        Element(xml, "sheetFormatPr", ("defaultRowHeight", "15"));

        xml.WriteStartElement("cols", Main);
        for (var i = 0; i < _widths.Length; i++)
        {
            var cap = maxWidths is not null && i < maxWidths.Count ? maxWidths[i] : 60;
            var index = (i + 1).ToString(CultureInfo.InvariantCulture);
            Element(xml, "col", ("min", index), ("max", index), ("width", XmlConvert.ToString(Math.Min(_widths[i], cap))), ("customWidth", "1"));
        }
        xml.WriteEndElement();

        xml.WriteStartElement("sheetData", Main);
        WriteRow(xml, 1, headers.Select(h => new Cell(CellStyle.Header, h, null)).ToList(), preserveSpace: false);
        for (var r = 0; r < _rows.Count; r++) WriteRow(xml, r + 2, _rows[r].Cells, preserveSpace: true);
        xml.WriteEndElement();

        Element(xml, "autoFilter", ("ref", $"A1:{Reference(headers.Count - 1, _rows.Count + 1)}"));
    }

    private static void WriteRow(XmlWriter xml, int row, IReadOnlyList<Cell> cells, bool preserveSpace)
    {
        xml.WriteStartElement("row", Main);
        Attributes(xml, ("r", row.ToString(CultureInfo.InvariantCulture)));
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            xml.WriteStartElement("c", Main);
            var style = cell.Style == CellStyle.Default ? null : ((int)cell.Style).ToString(CultureInfo.InvariantCulture);
            Attributes(xml, ("r", Reference(c, row)), ("s", style), ("t", cell.Text is null ? null : "inlineStr"));
            if (cell.Text is null)
                xml.WriteElementString("v", Main, cell.Number);
            else
            {
                xml.WriteStartElement("is", Main);
                xml.WriteStartElement("t", Main);
                if (preserveSpace) xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(Storable(cell.Text));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
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
