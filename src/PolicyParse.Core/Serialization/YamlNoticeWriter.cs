using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyParse.Model;
using YamlDotNet.RepresentationModel;

namespace PolicyParse.Serialization;

/// <summary>
/// YAML with exactly the JSON tree: the notice is serialised to a JSON DOM first and that DOM is
/// rendered with YamlDotNet, so the two formats cannot drift apart.
/// </summary>
internal sealed class YamlNoticeWriter : INoticeWriter
{
    public OutputFormat Format => OutputFormat.Yaml;

    public string Extension => ".yaml";

    public void Write(NoticeDocument document, Stream output)
    {
        var stream = new YamlStream(new YamlDocument(ToYaml(JsonNoticeWriter.ToNode(document))));
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
    }

    private static YamlNode ToYaml(JsonNode? node) => node switch
    {
        null => new YamlScalarNode("null") { Style = YamlDotNet.Core.ScalarStyle.Plain },
        JsonObject obj => new YamlMappingNode(obj.Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Key), ToYaml(p.Value)))),
        JsonArray array => Sequence(array),
        JsonValue value => Scalar(value),
        _ => throw new InvalidOperationException($"unexpected JSON node {node.GetType().Name}"),
    };

    private static YamlSequenceNode Sequence(JsonArray array)
    {
        var sequence = new YamlSequenceNode(array.Select(ToYaml));
        if (array.Count == 0) sequence.Style = YamlDotNet.Core.Events.SequenceStyle.Flow;
        return sequence;
    }

    private static YamlScalarNode Scalar(JsonValue value) => value.GetValueKind() switch
    {
        // Strings are quoted when plain style would read back as another type (true, 1, null, 2021-12-31…).
        JsonValueKind.String => new YamlScalarNode(value.GetValue<string>()) { Style = NeedsQuotes(value.GetValue<string>()) ? YamlDotNet.Core.ScalarStyle.DoubleQuoted : YamlDotNet.Core.ScalarStyle.Any },
        JsonValueKind.True => new YamlScalarNode("true") { Style = YamlDotNet.Core.ScalarStyle.Plain },
        JsonValueKind.False => new YamlScalarNode("false") { Style = YamlDotNet.Core.ScalarStyle.Plain },
        _ => new YamlScalarNode(value.ToJsonString()) { Style = YamlDotNet.Core.ScalarStyle.Plain },
    };

    private static bool NeedsQuotes(string s) =>
        s.Length == 0 || s is "null" or "true" or "false" or "~" or "yes" or "no" || char.IsAsciiDigit(s[0]) || s[0] is '-' or '.' or '+';
}
