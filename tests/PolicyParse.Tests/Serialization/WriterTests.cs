using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using PolicyParse.Model;
using PolicyParse.Serialization;
using YamlDotNet.RepresentationModel;

namespace PolicyParse.Tests.Serialization;

public class WriterTests
{
    private static readonly NoticeDocument Doc = TestData.Parse(TestData.Sample(TestData.Fuling2021));

    private static byte[] Render(OutputFormat format, bool bom = false)
    {
        using var stream = new MemoryStream();
        NoticeWriters.For(format, new WriterOptions { Utf8Bom = bom }).Write(Doc, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Json_follows_the_contract_field_names_with_chinese_unescaped()
    {
        var json = Encoding.UTF8.GetString(Render(OutputFormat.Json));
        Assert.Contains("\"noticeTitle\": \"关于印发2021年涪陵区政务服务工作要点的通知\"", json);
        Assert.DoesNotContain("\\u", json);

        var root = JsonNode.Parse(json)!;
        Assert.Equal("1", (string?)root["schemaVersion"]);
        foreach (var key in new[] { "path", "format", "encoding", "sha256" }) Assert.NotNull(root["source"]![key]);
        var task = root["tasks"]![0]!;
        Assert.Equal(["index", "keyTask", "text", "lead", "support", "deadline", "origin", "warnings"], task.AsObject().Select(p => p.Key));
        Assert.Equal(["number", "ordinal", "title"], task["keyTask"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["text", "kind", "date", "ongoing", "milestones"], task["deadline"]!.AsObject().Select(p => p.Key));
        Assert.Equal(69, (int?)task["origin"]!["line"]);
        Assert.Equal("info", (string?)root["diagnostics"]![0]!["severity"]);
    }

    [Fact]
    public void Json_output_is_deterministic() => Assert.Equal(Render(OutputFormat.Json), Render(OutputFormat.Json));

    [Fact]
    public void Yaml_holds_the_same_tree_as_json()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Encoding.UTF8.GetString(Render(OutputFormat.Yaml))));
        var fromYaml = ToJson(yaml.Documents[0].RootNode);
        var fromJson = JsonNode.Parse(Render(OutputFormat.Json));
        Assert.True(JsonNode.DeepEquals(fromJson, fromYaml), "YAML and JSON trees differ");
    }

    /// <summary>Reads YAML back with YAML 1.2 core-schema typing of plain scalars.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when s.Value is "null" => null,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when long.TryParse(s.Value, out var n) => JsonValue.Create(n),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException(),
    };

    [Fact]
    public void Csv_has_one_row_per_task_with_units_joined()
    {
        var bytes = Render(OutputFormat.Csv);
        Assert.NotEqual(0xEF, bytes[0]);
        using var csv = new CsvReader(new StringReader(Encoding.UTF8.GetString(bytes)), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(40, rows.Count);
        Assert.Equal("区政务服务中心、区司法局", rows[0]["lead"]);
        Assert.Equal("（一）", rows[0]["keyTaskNumber"]);
        Assert.Equal("2021-12-31", rows[2]["deadlineDate"]);
    }

    [Fact]
    public void Csv_can_start_with_a_bom_for_excel() =>
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, Render(OutputFormat.Csv, bom: true)[..3]);
}
