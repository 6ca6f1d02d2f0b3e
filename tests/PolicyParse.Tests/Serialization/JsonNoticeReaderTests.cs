using System.Text;
using PolicyParse.Model;
using PolicyParse.Serialization;
using PolicyParse.Pipeline;
using PolicyParse.Reading;

namespace PolicyParse.Tests.Serialization;

public class JsonNoticeReaderTests
{
    private static byte[] ToJson(NoticeDocument document)
    {
        using var stream = new MemoryStream();
        new JsonNoticeWriter().Write(document, stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(TestData.Fuling2021)]
    [InlineData("2022-chongqing-zhengwu-yaodian.docx")]
    [InlineData(TestData.Chongqing2022)] // no task table: sections and diagnostics only
    public void Extract_json_reads_back_to_the_same_document(string sample)
    {
        var parsed = TestData.Parse(TestData.Sample(sample));
        var json = ToJson(parsed);

        var read = JsonNoticeReader.Read(json);

        Assert.Equal(json, ToJson(read)); // the whole tree survives, byte for byte
        Assert.Equal(parsed.Tasks.Count, read.Tasks.Count);
        for (var i = 0; i < parsed.Tasks.Count; i++)
        {
            TaskItem a = parsed.Tasks[i], b = read.Tasks[i];
            Assert.Equal((a.Index, a.KeyTask, a.Text, a.Origin), (b.Index, b.KeyTask, b.Text, b.Origin));
            Assert.Equal(a.Lead, b.Lead);
            Assert.Equal(a.Support, b.Support);
            Assert.Equal(a.Deadline.Milestones, b.Deadline.Milestones);
            Assert.Equal(a.Deadline with { Milestones = [] }, b.Deadline with { Milestones = [] });
            Assert.Equal(a.Warnings, b.Warnings);
        }
    }

    [Fact]
    public void The_approved_sample_json_reads_with_its_40_tasks()
    {
        var read = JsonNoticeReader.Read(File.ReadAllBytes(TestData.Sample("2021-fuling-zhengwu-yaodian.json")));
        Assert.Equal(40, read.Tasks.Count);
        Assert.Equal("区政务服务中心", read.Tasks[0].Lead[0]);
        Assert.Equal(Severity.Info, read.Diagnostics[0].Severity);
    }

    [Fact]
    public void A_byte_order_mark_is_tolerated()
    {
        var json = ToJson(Fuling);
        var read = JsonNoticeReader.Read([0xEF, 0xBB, 0xBF, .. json]);
        Assert.Equal(Fuling.Tasks.Count, read.Tasks.Count);
    }

    private static readonly NoticeDocument Fuling = TestData.Parse(TestData.Sample(TestData.Fuling2021));

    [Theory]
    [InlineData("{ not json", "not an 'extract' JSON output")]
    [InlineData("[1, 2]", "not an 'extract' JSON output")]
    [InlineData("null", "holds null")]
    [InlineData("""{ "schemaVersion": "1", "old": {}, "added": [] }""", "not an 'extract' JSON output")]
    [InlineData("""{ "schemaVersion": "2", "source": { "path": "a", "format": "txt", "encoding": null, "sha256": "" }, "notice": {}, "sections": [], "tasks": [], "diagnostics": [] }""", "unsupported schemaVersion '2'")]
    [InlineData("""{ "schemaVersion": "1", "source": { "path": "a", "format": "txt", "encoding": null, "sha256": "" }, "notice": {}, "sections": [], "tasks": [ { "index": 1, "keyTask": null, "text": null } ], "diagnostics": [] }""", "$.tasks[0]")]
    public void Other_json_is_an_unsupported_format_with_a_reason(string json, string message)
    {
        var e = Assert.Throws<NoticeJsonException>(() => JsonNoticeReader.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(message, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void The_loader_takes_json_as_extract_output_and_other_files_as_notices()
    {
        using var dir = new TestData.TempDir();
        var json = dir.File("extract.JSON");
        File.WriteAllBytes(json, ToJson(Fuling));
        var loader = new NoticeLoader();

        Assert.Equal(40, loader.Load(json).Document!.Tasks.Count);
        Assert.Equal(40, loader.Load(TestData.Sample(TestData.Fuling2021)).Document!.Tasks.Count);
        Assert.Equal(FailureKind.Unreadable, loader.Load(dir.File("missing.json")).Failure!.Kind);
        File.WriteAllBytes(dir.File("empty.json"), []);
        Assert.Equal(FailureKind.Empty, loader.Load(dir.File("empty.json")).Failure!.Kind);
    }

    [Theory]
    [InlineData("lead")]
    [InlineData("support")]
    public void A_null_inside_a_unit_list_is_refused_not_crashed_on(string field)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ToJson(Fuling))!;
        node["tasks"]![0]![field] = new System.Text.Json.Nodes.JsonArray(null, "区政务服务中心");

        var e = Assert.Throws<NoticeJsonException>(() => JsonNoticeReader.Read(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString())));
        Assert.Contains("task 1", e.Message);
    }
}
