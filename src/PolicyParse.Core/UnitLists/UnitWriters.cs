using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyParse.Serialization;
using PolicyParse.Serialization.Xlsx;

namespace PolicyParse.UnitLists;

internal interface IUnitWriter
{
    void Write(UnitIndex index, Stream output);
}

internal static class UnitWriters
{
    public static IReadOnlyList<string> Names { get; } = ["json", "csv", "xlsx", "md"];

    public static IUnitWriter For(string name) => name switch
    {
        "json" => new UnitJsonWriter(),
        "csv" => new UnitCsvWriter(),
        "xlsx" => new UnitXlsxWriter(),
        "md" => new UnitMarkdownWriter(),
        _ => throw new ArgumentException($"'{name}' is not one of {string.Join(", ", Names)}", nameof(name)),
    };

    /// <summary>One row per unit and task, shared by the CSV and Excel writers.</summary>
    internal static IEnumerable<string?[]> Rows(UnitIndex index) =>
        index.Units.SelectMany(u =>
            u.Lead.Select(t => (Role: "lead", Task: t)).Concat(u.Support.Select(t => (Role: "support", Task: t)))
                .Select(r => new[]
                {
                    u.Name, r.Role, index.Notices[r.Task.Notice].Path, r.Task.Index.ToString(CultureInfo.InvariantCulture),
                    r.Task.KeyTask, r.Task.Text, r.Task.Deadline.Text, r.Task.Deadline.Date,
                }));

    internal static readonly string[] Headers = ["unit", "role", "notice", "index", "keyTask", "text", "deadline", "deadlineDate"];
}

internal sealed class UnitJsonWriter : IUnitWriter
{
    public void Write(UnitIndex index, Stream output)
    {
        JsonSerializer.Serialize(output, index, UnitJson.Default.UnitIndex);
        output.Write("\n"u8);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(UnitIndex))]
internal sealed partial class UnitJsonContext : JsonSerializerContext;

internal static class UnitJson
{
    // Chinese unescaped, as in the extract JSON.
    public static UnitJsonContext Default { get; } = new(new JsonSerializerOptions(UnitJsonContext.Default.Options)
    {
        Encoder = PolicyParseJson.Options.Encoder,
    });
}

/// <summary>One row per unit and task (role lead or support), for spreadsheets and scripts.</summary>
internal sealed class UnitCsvWriter : IUnitWriter
{
    public void Write(UnitIndex index, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        CsvRecords.Write(writer, UnitWriters.Headers);
        foreach (var row in UnitWriters.Rows(index))
            CsvRecords.Write(writer, row);
    }
}

/// <summary>The same rows as the CSV in one sheet, with the deadline's date as a date cell.</summary>
internal sealed class UnitXlsxWriter : IUnitWriter
{
    public void Write(UnitIndex index, Stream output)
    {
        var sheet = new SheetBuilder(["单位 unit", "职责 role", "通知 notice", "序号 index", "重点任务 keyTask", "具体工作 text", "完成时限 deadline", "时限日期 deadlineDate"],
            [30, 10, 40, 8, 30, 60, 24, 14]);
        foreach (var row in UnitWriters.Rows(index))
            sheet.AddRow().Text(row[0]).Text(row[1]).Text(row[2]).Number(int.Parse(row[3]!, CultureInfo.InvariantCulture))
                .Text(row[4]).Text(row[5]).Text(row[6]).Date(row[7]);
        XlsxPackage.Write([("Units", sheet)], output);
    }
}

/// <summary>A section per unit: what it leads, then what it supports, each task with its deadline.</summary>
internal sealed class UnitMarkdownWriter : IUnitWriter
{
    public void Write(UnitIndex index, Stream output)
    {
        var md = new StringBuilder();
        var several = index.Notices.Count > 1;
        for (var i = 0; i < index.Notices.Count; i++)
            md.Append(CultureInfo.InvariantCulture, $"- notice {i + 1}: `{index.Notices[i].Path}` — {index.Notices[i].Title ?? "(untitled)"}\n");
        foreach (var unit in index.Units)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {unit.Name}\n");
            Section(md, "Leads", unit.Lead, several);
            Section(md, "Supports", unit.Support, several);
        }
        output.Write(Encoding.UTF8.GetBytes(md.ToString()));
    }

    private static void Section(StringBuilder md, string title, IReadOnlyList<UnitTask> tasks, bool several)
    {
        if (tasks.Count == 0) return;
        md.Append(CultureInfo.InvariantCulture, $"\n**{title} ({tasks.Count})**\n\n");
        md.Append(several ? "| notice | # | task | deadline |\n| ---: | ---: | --- | --- |\n" : "| # | task | deadline |\n| ---: | --- | --- |\n");
        foreach (var t in tasks)
        {
            if (several) md.Append(CultureInfo.InvariantCulture, $"| {t.Notice + 1} ");
            md.Append(CultureInfo.InvariantCulture, $"| {t.Index} | {Cell(t.Text)} | {Cell(t.Deadline.Text)} |\n");
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
