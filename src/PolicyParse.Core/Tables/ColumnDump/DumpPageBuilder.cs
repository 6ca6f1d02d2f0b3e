using PolicyParse.Model;
using PolicyParse.Lexicon;
using PolicyParse.Text;
namespace PolicyParse.Tables.ColumnDump;

/// <summary>
/// Groups dump items into pages. Within a page the extractor prints the text column first, then
/// the unit columns, then the deadlines; text after deadlines (or units) starts the next page.
/// </summary>
internal static class DumpPageBuilder
{
    private enum Phase { Text, Units, Deadlines }

    /// <param name="items">The dump's items in order.</param>
    /// <param name="continues">Whether the body holds a head and a tail as one stretch of text: a
    /// page break cut a 具体工作 cell, and its tail opens the next page's text.</param>
    /// <param name="startsRow">Whether a text line starts a cell of its own although the text above
    /// ends no sentence: cells need not end with 。, and a line the body opens a sentence with,
    /// without reading the text above on into it, is no wrapped continuation.</param>
    public static List<DumpPage> Build(IEnumerable<DumpItem> items, Func<string, string, bool> continues, Func<string, string, bool> startsRow)
    {
        bool GoesOn(string text, string line) => !CjkText.EndsSentence(text) && !startsRow(text, line);

        var pages = new List<DumpPage>();
        var page = new DumpPage();
        var phase = Phase.Text;

        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case DumpItemKind.Label or DumpItemKind.TitleFragment:
                    if (phase != Phase.Text) NewPage();
                    break;
                case DumpItemKind.Text:
                    if (phase != Phase.Text) NewPage();
                    if (page.Rows.Count > 0 && page.Rows[^1] is { Printed: null } last && GoesOn(last.Text, item.Text))
                        last.TextParts.Add(item.Text);
                    else if (page.Rows.Count == 0 && pages.Count > 0 && pages[^1].Rows.Count > 0
                             && pages[^1].Rows[^1] is { Printed: null } cut && GoesOn(cut.Text, item.Text))
                    {
                        // A cell left unfinished at the foot of the previous page goes on here; its other
                        // cells were printed with that page's runs.
                        if (!continues(cut.Text, item.Text))
                            cut.Warnings.Add(new FieldWarning("text", "text.pageBreak", "this text was joined across a page break without the body confirming it"));
                        cut.TextParts.Add(item.Text);
                    }
                    else
                        page.Rows.Add(new DumpRow(item.Origin) { TextParts = { item.Text } });
                    break;
                case DumpItemKind.Row when item.Row!.Text.Length > 0:
                    if (phase != Phase.Text) NewPage();
                    page.Rows.Add(new DumpRow(item.Origin, item.Row));
                    break;
                case DumpItemKind.Row or DumpItemKind.Units or DumpItemKind.UnitFragment or DumpItemKind.PartialUnits:
                    if (phase == Phase.Deadlines) NewPage();
                    phase = Phase.Units;
                    page.UnitItems.Add(item);
                    break;
                case DumpItemKind.Empty:
                    if (phase == Phase.Deadlines) page.Deadlines.Add("");
                    else { phase = Phase.Units; page.UnitItems.Add(item); }
                    break;
                case DumpItemKind.Deadline:
                    phase = Phase.Deadlines;
                    page.Deadlines.Add(item.Text);
                    break;
            }
        }
        if (!page.IsEmpty) pages.Add(page);
        return pages;

        void NewPage()
        {
            if (!page.IsEmpty) pages.Add(page);
            page = new DumpPage();
            phase = Phase.Text;
        }
    }
}
