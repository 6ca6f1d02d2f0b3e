using PolicyParse.Tables.PdfText;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>Which dumps the -raw strategy claims: default mode interleaves a row's columns line by line.</summary>
public class RawLooksRawTests
{
    [Fact]
    public void A_dump_interleaving_work_lines_with_unit_fragments_is_not_read_as_raw()
    {
        // Each unfinished work line is followed by a short piece of another column, and the sentence
        // goes on after it: pdftotext's default mode, not -raw (which prints a cell's lines together).
        var text = PdfTextTestKit.Body + "\n" + string.Join("\n",
            "\f重点任务 具体工作 牵头单位 配合单位 完成时限",
            "推进审批事项清单化管",
            "区政务",
            "理，压减审批时限，提",
            "持续推进",
            "升审批效率。",
            "全面推行告知承诺制，",
            "区司法局",
            "扩大覆盖范围。",
            "2023 年",
            "6 月底前",
            "");
        var context = PdfTextTestKit.Context(PdfTextTestKit.Source(text));

        Assert.Null(new PdfTextRawStrategy().TryReconstruct(context));
    }
}
