using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyParse.Tests.Generators;

/// <summary>One row of a generated task table: what a correct parse must give back.</summary>
internal sealed record GenRow(string Text, IReadOnlyList<string> Lead, IReadOnlyList<string> Support, string Deadline);

/// <summary>A key task: its body heading and the rows of its merged 重点任务 cell.</summary>
internal sealed record GenKeyTask(int Ordinal, string Title, IReadOnlyList<GenRow> Rows)
{
    public string Label => $"{GenTable.Numeral(Ordinal)}、{Title}";
}

/// <summary>
/// A task table with the notice around it. The body restates every 具体工作 cell under its key
/// task's heading, as real notices do (the rebuilds align table text with the body).
/// </summary>
internal sealed record GenTable(int Year, IReadOnlyList<GenKeyTask> KeyTasks)
{
    public static readonly string[] Columns = ["重点任务", "具体工作", "牵头单位", "配合单位", "完成时限"];

    public IEnumerable<(GenKeyTask KeyTask, GenRow Row)> Rows => KeyTasks.SelectMany(k => k.Rows.Select(r => (k, r)));

    /// <summary>The notice up to the table: plan title, body sections, attachment note.</summary>
    public string Body()
    {
        var lines = new List<string> { $"{Year}年示例区数据资源工作要点", "" };
        foreach (var k in KeyTasks)
            lines.Add($"{k.Label}。{string.Concat(k.Rows.Select(r => r.Text))}");
        lines.Add("");
        lines.Add($"附件：{Year}年示例区数据资源工作任务分解");
        lines.Add("");
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>The answer in the gold file's shape, for <see cref="Pipeline.GoldScore"/>.</summary>
    public JsonElement Gold()
    {
        var rows = new JsonArray();
        var n = 0;
        foreach (var (k, r) in Rows)
            rows.Add(new JsonObject
            {
                ["n"] = ++n,
                ["sectionNo"] = k.Ordinal,
                ["section"] = k.Title,
                ["task"] = r.Text,
                ["lead"] = new JsonArray(r.Lead.Select(u => (JsonNode)JsonValue.Create(u)!).ToArray()),
                ["support"] = new JsonArray(r.Support.Select(u => (JsonNode)JsonValue.Create(u)!).ToArray()),
                ["deadline"] = r.Deadline,
            });
        return JsonDocument.Parse(new JsonObject { ["rows"] = rows }.ToJsonString()).RootElement;
    }

    public static string Numeral(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n - 10],
            _ => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
        };
    }

    /// <summary>A unit list as a cell prints it; an empty list prints as ——.</summary>
    public static string UnitCell(IReadOnlyList<string> units) => units.Count == 0 ? "——" : string.Join("、", units);

    /// <summary>Reads a gold file (tests/PolicyParse.Tests/Data/gold/*.tasks.json) back into a table.</summary>
    public static GenTable FromGold(string path, int year)
    {
        var root = JsonDocument.Parse(File.ReadAllText(path)).RootElement;
        static IReadOnlyList<string> Units(JsonElement e) =>
            e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList()
            : (e.GetString() ?? "") is { Length: > 0 } s && s != "——" ? [s] : [];
        var keyTasks = root.GetProperty("rows").EnumerateArray()
            .GroupBy(r => (No: r.GetProperty("sectionNo").GetInt32(), Title: r.GetProperty("section").GetString() ?? ""))
            .Select(g => new GenKeyTask(g.Key.No, g.Key.Title, g.Select(r => new GenRow(
                r.GetProperty("task").GetString() ?? "", Units(r.GetProperty("lead")), Units(r.GetProperty("support")),
                r.GetProperty("deadline").GetString() ?? "")).ToList()))
            .ToList();
        return new GenTable(year, keyTasks);
    }
}
