using System.Text;
using PolicyParse.Model;
using PolicyParse.Tests.Pipeline;

namespace PolicyParse.Tests.Reading.Html;

/// <summary>
/// Web pages of both corpus notices against the gold: LibreOffice's HTML export of the Word
/// fixtures, and two made-up portal pages (tests/fixtures/build_portal_html.py).
/// </summary>
public class HtmlGoldTests
{
    public static TheoryData<string, string> Exports()
    {
        var data = new TheoryData<string, string>();
        foreach (var stem in new[] { "2021-fuling", "2022-chongqing" })
            foreach (var variant in new[] { "", ".seqcol" })
                data.Add(stem, variant);
        return data;
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void LibreOffice_export_gives_every_gold_row_and_the_gold_metadata_without_warnings(string stem, string variant)
    {
        var doc = TestData.Parse(TestData.Fixture($"html/{stem}{variant}.html"));

        GoldTests.AssertTasksMatchGold(doc.Tasks, TestData.GoldJson($"{stem}.tasks.json"));
        // Exported from Word files, which hold no portal page: no 发布日期.
        GoldTests.AssertNoticeMatchesGold(doc, TestData.GoldJson($"{stem}.notice.json"), checkPublished: false);
        AssertClean(doc);
        Assert.Equal("html", doc.Source.Format);
        Assert.Equal("utf-8", doc.Source.Encoding);
        Assert.All(doc.Tasks, t => Assert.NotNull(t.Origin.Table));
    }

    [Theory]
    [InlineData("2021-fuling")]
    [InlineData("2022-chongqing")]
    public void LibreOffice_export_of_list_numbered_headings_still_gives_every_row(string stem)
    {
        // The export writes Word's generated 一、/（一） as plain <ol> (decimal): the headings lose
        // their numbers (a documented limit), but the table's own key-task labels carry the rows.
        var doc = TestData.Parse(TestData.Fixture($"html/{stem}.listnum.html"));
        GoldTests.AssertTasksMatchGold(doc.Tasks, TestData.GoldJson($"{stem}.tasks.json"));
        var score = GoldScore.Of(doc, TestData.Gold($"{stem}.tasks.json"));
        Assert.Equal(0, score.Silent);
    }

    [Theory]
    [InlineData("2022-chongqing.portal-gb2312", "2022-chongqing", "gb18030")]
    [InlineData("2021-fuling.portal-utf8", "2021-fuling", "utf-8")]
    public void Portal_page_gives_every_gold_row_and_all_the_gold_metadata(string page, string stem, string encoding)
    {
        var doc = TestData.Parse(TestData.Fixture($"html/{page}.html"));

        GoldTests.AssertTasksMatchGold(doc.Tasks, TestData.GoldJson($"{stem}.tasks.json"));
        GoldTests.AssertNoticeMatchesGold(doc, TestData.GoldJson($"{stem}.notice.json"));
        AssertClean(doc);
        Assert.Equal(encoding, doc.Source.Encoding);
        var score = GoldScore.Of(doc, TestData.Gold($"{stem}.tasks.json"));
        Assert.Equal(score.Fields, score.Correct);
    }

    [Fact]
    public void The_document_number_shown_only_in_the_portal_grid_is_used()
    {
        var path = TestData.Fixture("html/2022-chongqing.portal-gb2312.html");
        var source = new PolicyParse.Pipeline.NoticeParser().Read(path);

        Assert.Equal("渝府办发〔2022〕34号", source.PortalMetadata["发文字号"]);
        // Kept out of the paragraphs: nowhere in the text, yet the notice has it.
        Assert.DoesNotContain(source.Blocks.OfType<PolicyParse.Reading.ParagraphBlock>(), p => p.Text.Contains("渝府办发") || p.Text.Contains("索引号"));
        Assert.Equal("渝府办发〔2022〕34号", TestData.Parse(path).Notice.DocNumber);
    }

    [Fact]
    public void Portal_furniture_stays_out_of_the_paragraphs()
    {
        var source = new PolicyParse.Pipeline.NoticeParser().Read(TestData.Fixture("html/2021-fuling.portal-utf8.html"));
        var text = string.Join("\n", source.Blocks.OfType<PolicyParse.Reading.ParagraphBlock>().Select(p => p.Text));

        foreach (var furniture in new[] { "您现在的位置", "发布时间", "浏览次数", "字号", "打印本页", "关闭窗口", "分享到", "相关文件", "主办单位", "ICP备", "网站标识码", "隐藏", "脚本", "索引号", "搜索" })
            Assert.DoesNotContain(furniture, text);
        Assert.StartsWith("关于印发", source.Blocks.OfType<PolicyParse.Reading.ParagraphBlock>().First().Text);
        // Words split over spans come back whole, indents trimmed.
        Assert.All(source.Blocks.OfType<PolicyParse.Reading.ParagraphBlock>(), p => Assert.False(char.IsWhiteSpace(p.Text[0]) || p.Text[0] == '\u3000'));
    }

    [Fact]
    public void Renamed_places_and_years_in_a_page_parse_the_same_way()
    {
        var html = File.ReadAllText(TestData.Fixture("html/2021-fuling.html"))
            .Replace("涪陵", "綦江").Replace("2021", "2024").Replace("重庆市", "四川省");
        using var dir = new TestData.TempDir();
        var path = dir.File("renamed.html");
        File.WriteAllText(path, html);

        var doc = TestData.Parse(path);
        Assert.Equal(40, doc.Tasks.Count);
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
        Assert.Equal("关于印发2024年綦江区政务服务工作要点的通知", doc.Notice.NoticeTitle);
        Assert.Equal("四川省綦江区人民政府办公室", doc.Notice.Issuer);
        Assert.Equal("2024-03-03", doc.Notice.Date);
        Assert.Equal(["区政务服务中心", "区司法局"], doc.Tasks[0].Lead);
    }

    [Fact]
    public void A_portal_page_saved_as_txt_is_read_as_a_page()
    {
        using var dir = new TestData.TempDir();
        var path = dir.File("saved-page.txt");
        File.Copy(TestData.Fixture("html/2022-chongqing.portal-gb2312.html"), path);

        var doc = TestData.Parse(path);
        Assert.Equal("html", doc.Source.Format);
        Assert.Equal("gb18030", doc.Source.Encoding);
        GoldTests.AssertTasksMatchGold(doc.Tasks, TestData.GoldJson("2022-chongqing.tasks.json"));
        Assert.Equal("渝府办发〔2022〕34号", doc.Notice.DocNumber);
    }

    [Fact]
    public void A_utf8_page_re_saved_as_gbk_under_a_wrong_declaration_is_still_read()
    {
        // The page says utf-8 but its bytes are GBK (re-saved by an editor): the declaration is dropped, the bytes sniffed.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = File.ReadAllText(TestData.Fixture("html/2021-fuling.portal-utf8.html"));
        using var dir = new TestData.TempDir();
        var path = dir.File("resaved.html");
        File.WriteAllBytes(path, Encoding.GetEncoding("GBK").GetBytes(html));

        var doc = TestData.Parse(path);
        Assert.Equal("gb18030", doc.Source.Encoding);
        GoldTests.AssertTasksMatchGold(doc.Tasks, TestData.GoldJson("2021-fuling.tasks.json"));
    }

    private static void AssertClean(NoticeDocument doc)
    {
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Severity != Severity.Info);
    }
}
