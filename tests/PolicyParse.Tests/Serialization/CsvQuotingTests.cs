using System.Globalization;
using System.Text;
using CsvHelper;
using PolicyParse.Model;
using PolicyParse.Serialization;

namespace PolicyParse.Tests.Serialization;

/// <summary>The hand-written CSV writer against an independent reader (CsvHelper) on awkward fields.</summary>
public class CsvQuotingTests
{
    [Theory]
    [InlineData("推进“一网通办”, 并\"试点\"")]
    [InlineData("第一行\r\n第二行")]
    [InlineData("只有换行\n的单元格")]
    [InlineData(" 前后有空格 ")]
    [InlineData("普通文字")]
    public void An_awkward_task_text_reads_back_unchanged(string text)
    {
        var sample = TestData.Parse(TestData.Sample(TestData.Fuling2021));
        var document = sample with { Tasks = [sample.Tasks[0] with { Text = text }] };
        using var stream = new MemoryStream();
        NoticeWriters.For(OutputFormat.Csv, new WriterOptions()).Write(document, stream);

        using var csv = new CsvReader(new StringReader(Encoding.UTF8.GetString(stream.ToArray())), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Single(rows);
        Assert.Equal(text, rows[0]["text"]);
        Assert.Equal(string.Join("、", sample.Tasks[0].Lead), rows[0]["lead"]);
    }
}
