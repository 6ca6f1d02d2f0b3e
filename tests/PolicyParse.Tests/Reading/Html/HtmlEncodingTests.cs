using System.Text;
using PolicyParse.Reading;
using PolicyParse.Reading.Html;

namespace PolicyParse.Tests.Reading.Html;

/// <summary>Which encoding a saved page is read with.</summary>
public class HtmlEncodingTests
{
    // 镕 and 堃 are GBK characters outside GB2312: pages that declare gb2312 hold them anyway.
    private const string Text = "关于印发工作要点的通知，朱镕基堃";

    static HtmlEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Page(string head, Encoding encoding, byte[]? bom = null) =>
        [.. bom ?? [], .. encoding.GetBytes($"<html><head>{head}<title>t</title></head><body><p>{Text}</p></body></html>")];

    [Theory]
    [InlineData("<meta charset=\"gb2312\">")]
    [InlineData("<meta charset=GBK>")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">")]
    [InlineData("<meta http-equiv='content-type' content='text/html;charset=GB18030'>")]
    public void Declared_gb_charsets_are_read_as_gb18030(string meta)
    {
        var (text, name) = HtmlEncoding.Decode(Page(meta, Encoding.GetEncoding("GBK")));
        Assert.Equal("gb18030", name);
        Assert.Contains(Text, text);
    }

    [Fact]
    public void A_bom_wins_over_the_declaration()
    {
        var (text, name) = HtmlEncoding.Decode(Page("<meta charset=\"gb2312\">", Encoding.UTF8, [0xEF, 0xBB, 0xBF]));
        Assert.Equal("utf-8-bom", name);
        Assert.Contains(Text, text);
    }

    [Fact]
    public void Without_a_declaration_the_bytes_are_sniffed()
    {
        Assert.Equal("utf-8", HtmlEncoding.Decode(Page("", Encoding.UTF8)).EncodingName);
        var (text, name) = HtmlEncoding.Decode(Page("", Encoding.GetEncoding("GB18030")));
        Assert.Equal("gb18030", name);
        Assert.Contains(Text, text);
    }

    [Theory]
    [InlineData("<meta charset=\"utf-8\">")]            // wrong: the bytes are GBK
    [InlineData("<meta charset=\"x-no-such-charset\">")] // unknown name
    public void A_wrong_or_unknown_declaration_falls_back_to_sniffing(string meta)
    {
        var (text, name) = HtmlEncoding.Decode(Page(meta, Encoding.GetEncoding("GB18030")));
        Assert.Equal("gb18030", name);
        Assert.Contains(Text, text);
    }

    [Fact]
    public void A_declaration_deep_in_a_long_head_is_found()
    {
        var head = "<meta name=\"keywords\" content=\"" + new string('x', 2000) + "\"><meta charset=\"gbk\">";
        Assert.Equal("gbk", HtmlEncoding.Declared(Page(head, Encoding.ASCII)));
    }

    [Fact]
    public void Undecodable_bytes_are_an_input_exception()
    {
        var junk = new byte[4096];
        new Random(3).NextBytes(junk);
        junk[0] = 0x01;
        var e = Assert.Throws<InputException>(() => HtmlEncoding.Decode(junk));
        Assert.Equal(FailureKind.UnknownEncoding, e.Kind);
    }
}
