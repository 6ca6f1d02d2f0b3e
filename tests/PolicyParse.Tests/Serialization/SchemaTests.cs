using System.Text.Json;
using Json.Schema;
using PolicyParse.Cli;
using PolicyParse.Tests.Cli;

namespace PolicyParse.Tests.Serialization;

/// <summary><c>policyparse schema</c> prints a JSON Schema that every sample output satisfies, and that rejects broken ones.</summary>
public class SchemaTests
{
    // Built once: a schema registers its $id globally.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(CliProcess.Run("schema").StdoutText));

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestData.Dir, "samples"), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void The_schema_command_prints_a_2020_12_schema()
    {
        var r = CliProcess.Run("schema");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_output_validates(string sample)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(TestData.Sample(sample)));
        var result = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", result.Details?.Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
    }

    [Theory]
    [InlineData("tasks", "deadline", "kind", "\"soon\"")]
    [InlineData("tasks", "index", null, "\"1\"")]
    [InlineData("tasks", "lead", null, "\"区司法局\"")]
    public void A_broken_output_does_not_validate(string array, string field, string? inner, string value)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestData.Sample("2021-fuling-zhengwu-yaodian.json")))!;
        var task = node[array]![0]!;
        if (inner is null) task[field] = System.Text.Json.Nodes.JsonNode.Parse(value);
        else task[field]![inner] = System.Text.Json.Nodes.JsonNode.Parse(value);
        using var json = JsonDocument.Parse(node.ToJsonString());
        Assert.False(Schema.Value.Evaluate(json.RootElement).IsValid);
    }

    [Fact]
    public void Extract_output_from_every_input_kind_validates()
    {
        foreach (var args in new[] { new[] { "extract", TestData.Sample("2021-fuling-zhengwu-yaodian.docx") }, ["extract", TestData.Fixture("pdf/2022-chongqing.pdftotext-raw.txt")] })
        {
            var r = CliProcess.Run(args);
            using var json = JsonDocument.Parse(r.Stdout);
            Assert.True(Schema.Value.Evaluate(json.RootElement).IsValid, args[1]);
        }
    }
}
