using System.Reflection;
using NetArchTest.Rules;

namespace PolicyParse.Tests.Architecture;

/// <summary>
/// The layering of docs/architecture.md, checked on the compiled assembly (every type reference
/// in signatures and method bodies counts), so a lower layer that starts using a higher one fails here.
/// </summary>
public class LayeringTests
{
    private static readonly Assembly Core = typeof(PolicyParser).Assembly;

    // Bottom to top. A layer may use the ones before it, never the ones after.
    private static readonly string[] Layers =
    [
        "PolicyParse.Model",
        "PolicyParse.Lexicon",
        "PolicyParse.Matching",
        "PolicyParse.Reading",
        "PolicyParse.Text",
        "PolicyParse.Structure",
        "PolicyParse.Normalization",
        "PolicyParse.Tables",
        "PolicyParse.Serialization",
        "PolicyParse.Diff",
        "PolicyParse.UnitLists",
        "PolicyParse.Pipeline",
    ];

    public static TheoryData<string> LayerNames() => [.. Layers];

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void A_layer_uses_no_layer_above_it(string layer)
    {
        var above = Layers.SkipWhile(l => l != layer).Skip(1).ToArray();
        if (above.Length == 0) return;

        var result = Types.InAssembly(Core).That().ResideInNamespace(layer)
            .ShouldNot().HaveDependencyOnAny(above).GetResult();

        Assert.True(result.IsSuccessful, $"{layer} uses a layer above it: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_check_sees_real_dependencies()
    {
        // The pipeline does use Tables and the tokenizer does use Lexicon: a rule blind to these would pass vacuously.
        Assert.False(Types.InAssembly(Core).That().ResideInNamespace("PolicyParse.Pipeline")
            .ShouldNot().HaveDependencyOn("PolicyParse.Tables").GetResult().IsSuccessful);
        Assert.False(Types.InAssembly(Core).That().ResideInNamespace("PolicyParse.Text")
            .ShouldNot().HaveDependencyOn("PolicyParse.Lexicon").GetResult().IsSuccessful);
    }

    [Fact]
    public void Model_and_Lexicon_use_no_other_layer()
    {
        foreach (var bottom in new[] { "PolicyParse.Model", "PolicyParse.Lexicon" })
        {
            var others = Layers.Where(l => l != bottom).ToArray();
            var result = Types.InAssembly(Core).That().ResideInNamespace(bottom)
                .ShouldNot().HaveDependencyOnAny(others).GetResult();
            Assert.True(result.IsSuccessful, $"{bottom} uses another layer: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Fact]
    public void Only_the_public_api_and_the_model_are_public()
    {
        var exported = Core.GetExportedTypes();
        Assert.InRange(exported.Length, 1, 40);
        Assert.Contains(typeof(PolicyParser), exported);
        Assert.Contains(typeof(ParserOptions), exported);
        // Nothing a format, a layout or a recognizer is built from leaks into the API.
        foreach (var internalLayer in new[] { "PolicyParse.Lexicon", "PolicyParse.Reading", "PolicyParse.Text", "PolicyParse.Structure", "PolicyParse.Tables", "PolicyParse.Normalization", "PolicyParse.Matching", "PolicyParse.Pipeline" })
            Assert.DoesNotContain(exported, t => t.Namespace?.StartsWith(internalLayer, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void No_source_file_is_over_400_lines()
    {
        var src = Path.Combine(TestData.RepoRoot, "src");
        var long_ = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(src, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 400)
            .ToList();
        Assert.True(long_.Count == 0, string.Join(", ", long_.Select(f => $"{f.File} ({f.Lines} lines)")));
    }
}
