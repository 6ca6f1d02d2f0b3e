using System.Text;
using System.Text.Json.Nodes;
using PolicyParse.Serialization;

namespace PolicyParse.Tests.Serialization;

/// <summary>
/// Approved golden files: the outputs kept in samples/ must be exactly what the parser produces
/// today. After an intended change, run samples/regenerate.sh and review the diff.
/// </summary>
public class ApprovedSampleTests
{
    public static TheoryData<string, OutputFormat> Cases()
    {
        var data = new TheoryData<string, OutputFormat>();
        foreach (var notice in new[] { TestData.Fuling2021, TestData.Chongqing2022, "2022-fuling-zhengwu-yaodian.constructed.txt" })
            // The text formats; the binary workbook is checked by XlsxWriterTests instead.
            foreach (var format in Enum.GetValues<OutputFormat>().Where(f => f != OutputFormat.Xlsx))
                data.Add(notice, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_output_matches_the_approved_file(string notice, OutputFormat format)
    {
        var writer = NoticeWriters.For(format);
        var approvedPath = Path.ChangeExtension(TestData.Sample(notice), writer.Extension);
        var doc = TestData.Parse(TestData.Sample(notice));
        // The approved files were made from the repository root, so their source.path is relative.
        doc = doc with { Source = doc.Source with { Path = $"samples/{notice}" } };

        using var stream = new MemoryStream();
        writer.Write(doc, stream);
        var actual = Encoding.UTF8.GetString(stream.ToArray());
        var approved = File.ReadAllText(approvedPath);

        if (format == OutputFormat.Json)
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(approved), JsonNode.Parse(actual)), $"{approvedPath} differs: run samples/regenerate.sh and review the diff");
        else
            Assert.Equal(approved.ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
