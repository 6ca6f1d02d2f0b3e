using PolicyParse.Model;
using PolicyParse.Structure;

namespace PolicyParse.Tests.Reading.Html;

/// <summary>The portal grid fills only what the notice's own text lacks, and only with values of the field's shape.</summary>
public class PortalFallbackTests
{
    private static readonly Dictionary<string, string> Grid = new()
    {
        ["发文字号"] = "某府办发〔2023〕5号",
        ["成文日期"] = "2023年01月20日",
        ["发布机构"] = "某某人民政府办公室",
        ["发布日期"] = "2023-02-01 09:30",
    };

    [Fact]
    public void Missing_fields_come_from_the_grid()
    {
        var m = PortalFallback.Apply(new NoticeMetadata(), Grid);
        Assert.Equal("某府办发〔2023〕5号", m.DocNumber);
        Assert.Equal("2023-01-20", m.Date);
        Assert.Equal("某某人民政府办公室", m.Issuer);
        Assert.Equal("2023-02-01", m.Published);
    }

    [Fact]
    public void The_text_wins_over_the_grid()
    {
        var text = new NoticeMetadata { DocNumber = "甲发〔2023〕1号", Date = "2023-01-19", Issuer = "甲办公室", Published = "2023-01-30" };
        Assert.Equal(text, PortalFallback.Apply(text, Grid));
    }

    [Theory]
    [InlineData("发文字号", "无")]
    [InlineData("发文字号", "——")]
    [InlineData("成文日期", "2023-02-30")]
    [InlineData("成文日期", "不详")]
    [InlineData("发布机构", "2023-01-01")]
    public void Values_without_the_field_shape_are_ignored(string label, string value)
    {
        var m = PortalFallback.Apply(new NoticeMetadata(), new Dictionary<string, string> { [label] = value });
        Assert.Equal(new NoticeMetadata(), m);
    }
}
