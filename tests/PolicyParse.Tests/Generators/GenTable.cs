using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyParse.Tests.Generators;

/// <summary>One row of a generated task table: what a correct parse must give back.</summary>
internal sealed record GenRow(string Text, IReadOnlyList<string> Lead, IReadOnlyList<string> Support, string Deadline);

/// <summary>A key task: its body heading and the rows of its merged 重点任务 cell.</summary>
/// <param name="Bracketed">Labelled （一） as a second-level heading rather than 一、.</param>
internal sealed record GenKeyTask(int Ordinal, string Title, IReadOnlyList<GenRow> Rows, bool Bracketed = false)
{
    public string Label => Bracketed ? $"（{GenTable.Numeral(Ordinal)}）{Title}" : $"{GenTable.Numeral(Ordinal)}、{Title}";
}

/// <summary>
/// A task table with the notice around it. The body restates every 具体工作 cell under its key
/// task's heading, as real notices do (the rebuilds align table text with the body).
/// </summary>
internal sealed record GenTable(int Year, IReadOnlyList<GenKeyTask> KeyTasks)
{
    public static readonly string[] Columns = ["重点任务", "具体工作", "牵头单位", "配合单位", "完成时限"];

    public IEnumerable<(GenKeyTask KeyTask, GenRow Row)> Rows => KeyTasks.SelectMany(k => k.Rows.Select(r => (k, r)));

    /// <summary>A real notice's text up to its table, used in place of the generated body when set.</summary>
    public string? Preamble { get; init; }

    /// <summary>The notice up to the table: plan title, body sections, attachment note.</summary>
    public string Body()
    {
        if (Preamble is not null) return Preamble;
        var lines = new List<string> { $"{Year}年示例区数据资源工作要点", "" };
        foreach (var k in KeyTasks)
            // The body ends every sentence, also where the table's cell leaves its 。 out.
            lines.Add($"{k.Label}。{string.Concat(k.Rows.Select(r => r.Text.EndsWith('。') ? r.Text : r.Text + "。"))}");
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

    /// <summary>This table under a real notice's text up to its table, labelled as that notice heads its key tasks.</summary>
    public GenTable WithPreamble(string notice)
    {
        var preamble = PreambleOf(notice);
        var first = KeyTasks[0];
        var bracketed = preamble.Contains($"（{Numeral(first.Ordinal)}）{first.Title}", StringComparison.Ordinal);
        return this with { Preamble = preamble, KeyTasks = KeyTasks.Select(k => k with { Bracketed = bracketed }).ToList() };
    }

    /// <summary>A notice's text up to the line that opens its table (the first line naming 重点任务), for <see cref="Preamble"/>.</summary>
    public static string PreambleOf(string notice)
    {
        var lines = notice.Replace("\r\n", "\n").Split('\n');
        var header = Array.FindIndex(lines, l => l.Trim() == "重点任务" || l.TrimStart().StartsWith("重点任务\t", StringComparison.Ordinal));
        return string.Join("\n", lines[..(header < 0 ? lines.Length : header)]) + "\n";
    }

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
