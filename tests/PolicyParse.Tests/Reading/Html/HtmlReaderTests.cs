using System.Text;
using PolicyParse.Reading;
using PolicyParse.Reading.Html;

namespace PolicyParse.Tests.Reading.Html;

/// <summary>Finding the article among a page's furniture, the metadata grid, and bad pages.</summary>
public class HtmlReaderTests
{
    private static SourceDocument Read(string html) =>
        new HtmlReader().Read("page.html", Encoding.UTF8.GetBytes(html), "0");

    private static List<string> Paragraphs(SourceDocument doc) => doc.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

    private const string Body =
        "<p>各区政府，区级各部门：</p>" +
        "<p>现将《某某工作要点》印发给你们，请结合实际，认真贯彻执行。</p>" +
        "<p>一、总体要求</p><p>坚持以人民为中心，深化改革，优化服务，提升效能，推动高质量发展。</p>" +
        "<p>二、主要任务</p><p>（一）深化审批改革。全面承接下放事项，压减办理时限，规范中介服务，提升审批效率。</p>";

    private static string Portal(string article, string aboveArticle = "") =>
        "<html><head><meta charset='utf-8'><title>关于印发某某工作要点的通知_某某网</title></head><body>" +
        "<div class='top-nav'><ul><li><a href='/'>首页</a></li><li><a href='/a'>政务公开</a></li><li><a href='/b'>政务服务</a></li><li><a href='/c'>互动交流</a></li></ul></div>" +
        "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/a'>政务公开</a></div>" +
        "<div class='wrap'>" + aboveArticle +
        "<h2 class='doc-title'>关于印发某某工作要点的通知</h2>" +
        "<div class='info'>发布时间：2023-02-01 来源：某某办公室 字号：<a>大</a> <a>中</a> <a>小</a></div>" +
        article +
        "<div class='bdshare'>分享到：<a>微信</a><a>微博</a></div></div>" +
        "<div class='foot'><p>主办单位：某某人民政府办公室</p><p>网站标识码：1234567890 某ICP备00000000号</p></div></body></html>";

    [Fact]
    public void The_article_is_found_and_the_title_above_it_kept()
    {
        var doc = Read(Portal($"<div class='TRS_Editor'>{Body}</div>"));
        var p = Paragraphs(doc);
        Assert.Equal("关于印发某某工作要点的通知", p[0]);
        Assert.Equal("各区政府，区级各部门：", p[1]);
        Assert.Equal(7, p.Count);
        Assert.Equal(Enumerable.Range(1, 7), doc.Blocks.Select(b => b.Origin.Paragraph!.Value));
    }

    [Fact]
    public void An_article_block_without_a_telling_name_is_found_by_its_text()
    {
        var p = Paragraphs(Read(Portal($"<div class='x1'>{Body}</div><div class='x2'><ul><li><a href='1'>某某局关于做好某项工作的通知（长标题一二三四五六七八九十）</a></li><li><a href='2'>另一份通知的标题，也很长很长很长很长很长</a></li></ul></div>")));
        Assert.Contains("坚持以人民为中心，深化改革，优化服务，提升效能，推动高质量发展。", p);
        Assert.DoesNotContain(p, l => l.Contains("另一份通知"));
        Assert.DoesNotContain(p, l => l.Contains("当前位置") || l.Contains("发布时间") || l.Contains("分享") || l.Contains("主办单位") || l.Contains("政务服务"));
    }

    [Fact]
    public void Furniture_inside_the_article_block_is_dropped_line_by_line()
    {
        var p = Paragraphs(Read(Portal(
            "<div class='content'><p>当前位置：首页 &gt; 通知公告</p><p>发布日期：2023-02-01　　来源：某某办公室</p>" + Body +
            "<p>【打印本页】【关闭窗口】</p><div class='related'><a href='#'>相关链接一二三四五六七八</a></div><p>版权所有：某某人民政府</p></div>")));
        Assert.Equal("各区政府，区级各部门：", p[1]);
        Assert.EndsWith("提升审批效率。", p[^1]);
    }

    [Fact]
    public void Text_in_nested_layout_tables_is_read_as_paragraphs_and_the_inner_data_table_as_a_grid()
    {
        var html = "<html><body><table><tr><td class='left'><a href='1'>政策文件</a></td><td><table><tr><td id='zoom'>" +
                   Body.Replace("<p>", "").Replace("</p>", "<br>") +
                   "<table><tr><td><table border='1'><tr><td>重点任务</td><td>具体工作</td></tr><tr><td rowspan='2'>（一）甲</td><td>子一</td></tr><tr><td>子二</td></tr></table></td></tr></table>" +
                   "</td></tr></table></td></tr></table></body></html>";
        var doc = Read(html);
        Assert.Contains("一、总体要求", Paragraphs(doc));
        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());
        Assert.Equal(["（一）甲", "子二"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.True(table.Rows[2].Cells[0].FromMerge);
    }

    [Fact]
    public void Hidden_elements_scripts_and_styles_are_not_text()
    {
        var p = Paragraphs(Read(Portal("<div class='TRS_Editor'><style>p{color:red}</style><script>var s='脚本';</script>" +
                                       "<p hidden>隐藏一</p><div style='DISPLAY: none'>隐藏二</div><span style='visibility:hidden'>隐藏三</span>" + Body + "</div>")));
        Assert.DoesNotContain(p, l => l.Contains("隐藏") || l.Contains("脚本") || l.Contains("color"));
    }

    public static TheoryData<string> Grids => new()
    {
        // two pairs a row, label and value in their own cells
        "<table><tr><td>索引号：</td><td>123/2023-01</td><td>主题分类：</td><td>综合政务</td></tr>" +
        "<tr><td>发布机构：</td><td>某某人民政府办公室</td><td>发文字号：</td><td>某府办发〔2023〕5号</td></tr>" +
        "<tr><td>成文日期：</td><td>2023年01月20日</td><td>发布日期：</td><td>2023-02-01</td></tr></table>",
        // list items of spans, spaced-out labels
        "<ul><li><span>索 引 号：</span><span>123/2023-01</span></li><li><span>发布机构：</span><span>某某人民政府办公室</span></li>" +
        "<li><span>发文字号：</span><span>某府办发〔2023〕5号</span></li><li><span>成文日期：</span><span>2023-01-20</span></li><li><span>发布日期：</span><span>2023-02-01</span></li></ul>",
        // divs, two pairs on one line
        "<div class='meta'><div>索引号：123/2023-01 主题分类：综合政务</div><div>发布机构：某某人民政府办公室 发文字号：某府办发〔2023〕5号</div>" +
        "<div><b>成文日期</b><i>2023-01-20</i></div><div>发布日期：2023-02-01</div></div>",
    };

    [Theory]
    [MemberData(nameof(Grids))]
    public void The_metadata_grid_is_read_in_any_layout_and_kept_out_of_the_paragraphs(string grid)
    {
        var doc = Read(Portal($"<div class='TRS_Editor'>{Body}</div>", grid));
        Assert.Equal("某府办发〔2023〕5号", doc.PortalMetadata["发文字号"]);
        Assert.Equal("某某人民政府办公室", doc.PortalMetadata["发布机构"]);
        Assert.Equal("2023-02-01", doc.PortalMetadata["发布日期"]);
        Assert.DoesNotContain(Paragraphs(doc), l => l.Contains("发文字号") || l.Contains("某府办发"));
    }

    [Fact]
    public void Without_a_grid_the_info_bar_gives_the_publication_date()
    {
        var doc = Read(Portal($"<div class='TRS_Editor'>{Body}</div>"));
        Assert.Equal("2023-02-01", doc.PortalMetadata["发布日期"]);
        Assert.Equal("2023-02-01", new PolicyParse.Pipeline.NoticeParser().Parse(doc).Notice.Published);
    }

    [Fact]
    public void A_sentence_naming_labels_is_not_a_grid()
    {
        var doc = Read(Portal($"<div class='TRS_Editor'><p>请在报送材料中注明索引号、发文字号和成文日期，并于月底前报送。</p>{Body}</div>"));
        Assert.False(doc.PortalMetadata.ContainsKey("发文字号"));
        Assert.False(doc.PortalMetadata.ContainsKey("成文日期"));
        Assert.Contains(Paragraphs(doc), l => l.StartsWith("请在报送材料中注明索引号", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", FailureKind.Empty)]
    [InlineData("   \n", FailureKind.Empty)]
    [InlineData("<html><head><title>空</title><script>var a='正文';</script></head><body>\n</body></html>", FailureKind.Empty)]
    [InlineData("<html><body><div style='display:none'>只有隐藏的字</div></body></html>", FailureKind.Empty)]
    public void Pages_without_text_are_one_input_exception(string html, FailureKind kind)
    {
        var e = Assert.Throws<InputException>(() => Read(html));
        Assert.Equal(kind, e.Kind);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Binary_content_is_an_input_exception()
    {
        var reader = new HtmlReader();
        Assert.Equal(FailureKind.UnsupportedFormat, Assert.Throws<InputException>(() => reader.Read("a.html", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 }, "0")).Kind);
        var junk = new byte[4096];
        new Random(5).NextBytes(junk);
        junk[0] = 0x01;
        Assert.Throws<InputException>(() => reader.Read("a.html", junk, "0"));
    }

    [Theory]
    [InlineData("<p>一、总体要求<p>二、主要任务<td>孤立的单元格</td></span></div></table><b><i>交错</b></i>")]
    [InlineData("<html><body><table><tr><td rowspan=5 colspan=-3>甲<tr><td>乙</table><table><td>丙")]
    [InlineData("<<<>>>&&&;;<p>半个标签<p")]
    public void Malformed_markup_is_read_without_exceptions(string html)
    {
        var doc = Read(html);
        Assert.NotEmpty(doc.Blocks);
    }

    [Fact]
    public void A_page_named_txt_is_sniffed_as_html_and_a_text_copy_is_not()
    {
        Assert.True(HtmlSniffer.IsHtml(Encoding.UTF8.GetBytes("\uFEFF  <!doctype html><html>")));
        Assert.True(HtmlSniffer.IsHtml(Encoding.Unicode.GetBytes("<html><body>")));
        Assert.False(HtmlSniffer.IsHtml(Encoding.UTF8.GetBytes("关于印发<某某>的通知\n<p>")));
    }
}
