using PolicyParse.Model;
using PolicyParse.Pipeline;
using PolicyParse.Reading;
using PolicyParse.Structure;
using PolicyParse.Tables;
using PolicyParse.Text;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>Builds small notices in pdftotext's shapes for the mechanics tests.</summary>
internal static class PdfTextTestKit
{
    /// <summary>A short plan whose body restates every 具体工作 cell of the tables below.</summary>
    public const string Body = """
        2023年某区政务服务工作要点

        一、深化审批改革。推进审批事项清单化管理，压减审批时限，提升审批效率。全面推行告知承诺制，扩大覆盖范围。

        二、优化公共服务。推动服务事项下沉到基层便民服务中心，方便群众就近办理。

        附件：2023年某区政务服务工作任务分解
        """;

    public static SourceDocument Source(string text) =>
        new(new SourceInfo("test.txt", "txt", "utf-8", ""),
            text.Replace("\r", "").Split('\n').Select((l, i) => (Block)new ParagraphBlock(l, Origin.AtLine(i + 1))).ToList());

    public static NoticeDocument Parse(string text) => new NoticeParser().Parse(Source(text));

    /// <summary>The context the table strategies see, built the way the pipeline builds it.</summary>
    public static TableContext Context(SourceDocument source)
    {
        var lines = Tokenizer.Tokenize(source.Blocks.OfType<ParagraphBlock>());
        var (_, layout) = MetadataRecognizer.Recognize(lines);
        var sections = SectionRecognizer.Recognize(lines, layout);
        return new TableContext(lines, source.Blocks.OfType<TableBlock>().ToList(), sections, layout.BodyEnd);
    }

    /// <summary>A default-mode header: each name alone on its line, after a page break.</summary>
    public const string DefaultModeHeader = "\f具体工作\n\n牵头单位\n\n配合单位\n\n完成时限\n\n";

    /// <summary>The three 具体工作 cells of <see cref="Body"/> as the default mode prints them: fifteen characters a line, a blank line after.</summary>
    public const string RowOne = "推进审批事项清单化管理，压减审\n批时限，提升审批效率。\n\n";
    public const string RowTwo = "全面推行告知承诺制，扩大覆盖范\n围。\n\n";
    public const string RowThree = "推动服务事项下沉到基层便民服务\n中心，方便群众就近办理。\n\n";

    /// <summary>Unit and deadline cells for the three rows: unit columns seven em wide.</summary>
    public const string CellsOne = "区政务服务中心\n\n区级有关部门\n\n持续推进\n\n";
    public const string CellsTwo = "区司法局\n\n2023 年 6 月\n底前\n\n";
    public const string CellsThree = "区民政局\n\n区级有关部门、\n各乡镇（街道）\n\n2023 年 12 月\n前\n";

    /// <summary>Parses <see cref="Body"/> followed by a default-mode table, and checks the default-mode reader read it.</summary>
    public static NoticeDocument ParseDefault(string table)
    {
        var doc = Parse(Body + "\n" + table);
        Assert.Contains(doc.Diagnostics, d => d.Code == "table.strategy" && d.Message.Contains("pdftotext-default"));
        return doc;
    }

    /// <summary>A -layout line: each text placed at its character column.</summary>
    public static string At(params (int Column, string Text)[] cells)
    {
        var line = "";
        foreach (var (column, text) in cells.OrderBy(c => c.Column))
            line = line.PadRight(column) + text;
        return line;
    }
}
