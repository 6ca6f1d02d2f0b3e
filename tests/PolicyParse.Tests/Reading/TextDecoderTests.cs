using System.Text;
using PolicyParse.Reading;

namespace PolicyParse.Tests.Reading;

public class TextDecoderTests
{
    private const string Sample = "关于印发2021年涪陵区政务服务工作要点的通知\n各乡镇人民政府、街道办事处：\n";

    [Fact]
    public void Reads_gb18030_without_a_bom()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var (text, name) = TextDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes(Sample));
        Assert.Equal(Sample, text);
        Assert.Equal("gb18030", name);
    }

    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        Assert.Equal((Sample, "utf-8"), TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample)));
        Assert.Equal((Sample, "utf-8-bom"), TextDecoder.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)]));
    }

    [Fact]
    public void Reads_utf16_big_endian_with_bom() =>
        Assert.Equal((Sample, "utf-16be"), TextDecoder.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)]));

    [Fact]
    public void Rejects_random_bytes_as_an_unknown_encoding()
    {
        var junk = new byte[4096];
        new Random(42).NextBytes(junk);
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(junk));
        Assert.Equal(FailureKind.UnknownEncoding, e.Kind);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "zip")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "OLE")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    public void Names_known_binary_containers(byte[] magic, string expected)
    {
        var e = Assert.Throws<InputException>(() => BinarySniffer.RejectBinary(magic));
        Assert.Equal(FailureKind.UnsupportedFormat, e.Kind);
        Assert.Contains(expected, e.Message);
    }
}
