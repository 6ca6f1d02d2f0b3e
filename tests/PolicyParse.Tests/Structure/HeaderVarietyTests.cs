using PolicyParse.Model;
using PolicyParse.Pipeline;
using PolicyParse.Reading;
using PolicyParse.Text;

namespace PolicyParse.Tests.Structure;

/// <summary>The notice header as copies print it: split titles, bracket variants, dates, cited numbers, prose with table words.</summary>
public class HeaderVarietyTests
{
    private static NoticeDocument Parse(params string[] lines)
    {
        var blocks = lines.Select((l, i) => (Block)new ParagraphBlock(l, Origin.AtLine(i + 1))).ToList();
        return new NoticeParser().Parse(new SourceDocument(new SourceInfo("t.txt", "txt", "utf-8", ""), blocks));
    }

    private static readonly string[] Body =
    [
        "2024年甲县营商环境工作要点",
        "一、优化服务",
        "1.推行帮办代办。（甲县政务服务中心牵头）",
        "二、强化保障",
        "各部门要加强协作。",
    ];

    [Theory]
    [InlineData("甲政 [2020] 20号", "甲政〔2020〕20号")]
    [InlineData("甲府办发〔2020〕2 号", "甲府办发〔2020〕2号")]
    [InlineData("甲府发（2021）11号", "甲府发〔2021〕11号")]
    [InlineData("发文字号：甲府办〔2024〕5号", "甲府办〔2024〕5号")]
    public void Document_number_in_any_bracket_is_given_in_the_standard_form(string line, string expected)
    {
        var doc = Parse(["甲县人民政府办公室", "关于印发2024年甲县营商环境工作要点的通知", line, "各乡镇人民政府，县级各部门：", "现将《2024年甲县营商环境工作要点》印发给你们。", "甲县人民政府办公室", "2024年1月5日", .. Body]);
        Assert.Equal(expected, doc.Notice.DocNumber);
        Assert.Equal("甲县人民政府办公室关于印发2024年甲县营商环境工作要点的通知", doc.Notice.NoticeTitle);
    }

    [Fact]
    public void A_number_the_text_cites_from_another_document_is_not_the_notice_number()
    {
        var doc = Parse(["关于印发2024年甲县营商环境工作要点的通知", "各乡镇人民政府，县级各部门：",
            "按照《乙市人民政府关于优化营商环境的意见》（乙府发〔2023〕8号）要求，现将《2024年甲县营商环境工作要点》印发给你们。",
            "甲县人民政府办公室", "2024年1月5日", .. Body]);
        Assert.Null(doc.Notice.DocNumber);
    }

    [Theory]
    [InlineData("2019-01-16", "2019-01-16")]
    [InlineData("2019年1月16日", "2019-01-16")]
    [InlineData("二〇一九年一月十六日", "2019-01-16")]
    [InlineData("2019.1.16", "2019-01-16")]
    public void Signature_dates_in_each_form(string line, string expected)
    {
        var doc = Parse(["关于印发2024年甲县营商环境工作要点的通知", "各乡镇人民政府，县级各部门：", "现将《2024年甲县营商环境工作要点》印发给你们。", "甲县人民政府办公室", line, .. Body]);
        Assert.Equal(expected, doc.Notice.Date);
        Assert.Equal("甲县人民政府办公室", doc.Notice.Issuer);
    }

    [Fact]
    public void Ascii_punctuation_and_commas_split_addressees_but_not_the_enumeration_comma()
    {
        var doc = Parse(["关于印发2024年甲县营商环境工作要点的通知", "各乡镇人民政府、街道办事处,县级各部门,有关单位:", "现将《2024年甲县营商环境工作要点》印发给你们。",
            "甲县人民政府办公室", "2024年1月5日", "(此件公开发布)", "2024年甲县营商环境工作要点", "(一)优化服务", "1.推行帮办代办。(甲县政务服务中心负责)"]);
        Assert.Equal(["各乡镇人民政府、街道办事处", "县级各部门", "有关单位"], doc.Notice.Addressees);
        Assert.Equal("此件公开发布", doc.Notice.Publicity);
        Assert.Equal("（一）", doc.Sections[0].Number);
        Assert.Equal(["甲县政务服务中心"], doc.Tasks.Single().Lead);
    }

    [Fact]
    public void Traditional_headers_are_recognised_and_kept_as_written()
    {
        var doc = Parse(["甲縣人民政府辦(bàn)公室", "關于印發2024年甲縣營商環境工作要點的通知", "各鄉鎮人民政府,縣級各部門:", "現將《2024年甲縣營商環境工作要點》印發給你們。",
            "甲縣人民政府辦公室", "2024年1月5日", "2024年甲縣營商環境工作要點", "一、優化服務", "1.推行幫辦代辦。（甲縣政務服務中心牽頭）"]);
        Assert.Equal("甲縣人民政府辦公室關于印發2024年甲縣營商環境工作要點的通知", doc.Notice.NoticeTitle);
        Assert.Equal("2024年甲縣營商環境工作要點", doc.Notice.Title);
        Assert.Equal(["各鄉鎮人民政府", "縣級各部門"], doc.Notice.Addressees);
        Assert.Equal(["甲縣政務服務中心"], doc.Tasks.Single().Lead);
    }

    [Fact]
    public void Prose_and_notes_that_name_table_columns_never_end_the_body()
    {
        var doc = Parse(["2024年甲县营商环境工作要点",
            "一、优化服务",
            "1.推行帮办代办。",
            "（牵头单位：甲县政务服务中心；配合单位：甲县司法局；完成时限：2024年6月底前）",
            "二、强化保障",
            "建立台账，明确牵头单位、配合单位和完成时限。",
            "三、严格考核",
            "重点任务、具体工作、牵头单位、完成时限等纳入考核。",
            "四、附则"]);
        Assert.Equal(["优化服务", "强化保障", "严格考核", "附则"], doc.Sections.Select(s => s.Title));
        var task = doc.Tasks.Single();
        Assert.Equal(["甲县司法局"], task.Support);
        Assert.Equal("2024-06", task.Deadline.Date);
    }

    [Theory]
    [InlineData("重点任务 具体工作 牵头单位 配合单位 完成时限", true)]
    [InlineData("序号 | 重点任务 | 具体工作 | 责任单位 | 完成时限", true)]
    [InlineData("重点任务 具体工作 牵头单位 配合单位", true)]
    [InlineData("（牵头单位：甲县政务服务中心；配合单位：甲县司法局；完成时限：年底前）", false)]
    [InlineData("建立台账，明确牵头单位、配合单位和完成时限。", false)]
    public void A_table_header_is_a_line_of_column_names(string line, bool expected) =>
        Assert.Equal(expected, Tokenizer.Classify(0, new ParagraphBlock(line, Origin.AtLine(1))).Kind == LineKind.TableHeader);
}
