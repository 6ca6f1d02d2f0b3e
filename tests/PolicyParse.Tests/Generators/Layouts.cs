using CsCheck;
using PolicyParse.Model;
using PolicyParse.Tables.Validation;
using PolicyParse.Tests.Pipeline;
using PolicyParse.Tests.Tables.PdfText;

namespace PolicyParse.Tests.Generators;

/// <summary>The layouts the generator draws, with the drawing parameters each one varies.</summary>
internal static class Layouts
{
    public static readonly string[] Names = ["tab-cells", "column-dump", "pdftotext-layout", "layout-cjk-two-columns"];

    /// <summary>Drawing parameters: -layout column widths in em, gap, page length; how the dump prints its pages.</summary>
    public static readonly Gen<(LayoutStyle Style, DumpStyle Dump)> Style =
        Gen.Select(Gen.Select(Gen.Int[4, 8], Gen.Int[10, 30], Gen.Int[4, 12], Gen.Int[4, 15], Gen.Int[4, 10], Gen.Int[1, 6], Gen.Int[30, 70],
            (k, t, l, s, d, gap, page) => new LayoutStyle([k, t, l, s, d], gap, page)), DumpStyle.Gen, (layout, dump) => (layout, dump));

    public static string Render(string layout, GenTable table, (LayoutStyle Style, DumpStyle Dump) style) => layout switch
    {
        "tab-cells" => Renderings.TabCells(table),
        "column-dump" => ColumnDumps.Render(table, style.Dump),
        "layout-cjk-two-columns" => Renderings.Layout(table, style.Style with { CjkColumns = 2 }),
        _ => Renderings.Layout(table, style.Style),
    };

    /// <summary>Parses a rendering and scores it against its table, field by field, with and without the row validator's warnings.</summary>
    public static (GoldScore After, GoldScore Before, NoticeDocument Doc) Score(GenTable table, string text)
    {
        var doc = PdfTextTestKit.Parse(text);
        var gold = table.Gold();
        var before = doc.Tasks.Select(t => t with { Warnings = t.Warnings.Where(w => !RowValidator.Codes.Contains(w.Code)).ToList() }).ToList();
        return (GoldScore.Of(doc.Tasks, gold), GoldScore.Of(before, gold), doc);
    }
}
