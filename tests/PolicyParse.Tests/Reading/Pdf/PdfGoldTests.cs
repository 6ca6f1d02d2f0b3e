using PolicyParse.Model;
using PolicyParse.Tests.Pipeline;

namespace PolicyParse.Tests.Reading.Pdf;

/// <summary>
/// Ruled PDFs of both corpus notices as LibreOffice prints them in many layouts
/// (tests/fixtures/make-fixtures.sh and make-pdf-renderings.sh): each must give every gold row
/// exactly, the gold metadata and the same section tree as the Word file, with no warnings.
/// </summary>
public class PdfGoldTests
{
    public static TheoryData<string> RuledPdfs()
    {
        var data = new TheoryData<string>();
        foreach (var stem in new[] { "2021-fuling", "2022-chongqing" })
            data.Add($"pdf/{stem}.pdf");
        foreach (var file in Directory.GetFiles(TestData.Fixture("pdf-renderings"), "*.pdf").Order())
            if (!file.Contains("norules")) data.Add($"pdf-renderings/{Path.GetFileName(file)}");
        return data;
    }

    [Theory]
    [MemberData(nameof(RuledPdfs))]
    public void Ruled_pdf_gives_every_gold_row_the_gold_metadata_and_the_docx_sections(string fixture)
    {
        var stem = Path.GetFileName(fixture).Split('.')[0];
        var doc = TestData.Parse(TestData.Fixture(fixture));

        GoldTests.AssertTasksMatchGold(doc.Tasks, TestData.GoldJson($"{stem}.tasks.json"));
        GoldTests.AssertNoticeMatchesGold(doc with { Notice = doc.Notice with { Published = null } }, TestData.GoldJson($"{stem}.notice.json"), checkPublished: false);
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Severity != Severity.Info);
        Assert.Equal("pdf", doc.Source.Format);

        var fromWord = TestData.Parse(TestData.Fixture($"docx/{stem}.docx"));
        Assert.Equal(Outline(fromWord.Sections), Outline(doc.Sections));
    }

    [Fact]
    public void Pdf_tasks_name_their_page_and_a_box_on_it()
    {
        var doc = TestData.Parse(TestData.Fixture("pdf-renderings/2022-chongqing.uming9-a3-narrowunits-hdr.pdf"));

        Assert.All(doc.Tasks, t =>
        {
            Assert.NotNull(t.Origin.Page);
            var box = Assert.IsAssignableFrom<IReadOnlyList<double>>(t.Origin.Box);
            Assert.Equal(4, box.Count);
            // Inside an A3 page (842 × 1191 points), with a positive size.
            Assert.InRange(box[0], 0, 842);
            Assert.InRange(box[1], 0, 1191);
            Assert.True(box[2] > 0 && box[3] > 0 && box[1] + box[3] <= 1191);
        });
        // Rows run down the pages: on one page, a later row sits lower (smaller PDF y).
        foreach (var (a, b) in doc.Tasks.Zip(doc.Tasks.Skip(1)))
            if (a.Origin.Page == b.Origin.Page && a.Origin.Row != b.Origin.Row)
                Assert.True(b.Origin.Box![1] < a.Origin.Box![1], $"task {b.Index} is not below task {a.Index}");
    }

    [Fact]
    public void A_table_drawn_without_rules_gives_no_invented_tasks_but_the_metadata_and_sections()
    {
        // Stream tables are not rebuilt from PDFs yet: the cells come through as body lines, which
        // no strategy takes for rows, so the notice has no tasks rather than wrong ones.
        var doc = TestData.Parse(TestData.Fixture("pdf-renderings/2021-fuling.serif11-a4-norules.pdf"));

        Assert.Empty(doc.Tasks);
        Assert.Contains(doc.Diagnostics, d => d.Severity == Severity.Error);
        GoldTests.AssertNoticeMatchesGold(doc with { Notice = doc.Notice with { Published = null } }, TestData.GoldJson("2021-fuling.notice.json"), checkPublished: false);
    }

    private static List<string> Outline(IReadOnlyList<Section> sections) =>
        sections.SelectMany(s => Outline(s.Sections).Prepend($"{s.Level}|{s.Number}|{s.Title}|{s.Text}")).ToList();
}
