using System.Text;
using CsCheck;
using PolicyParse.Tests.Pipeline;

namespace PolicyParse.Tests.Generators;

/// <summary>
/// The accuracy report over generated renderings (README, "Accuracy over generated renderings"):
/// per layout, over N random tables and the gold tables, the share of fields right, wrong without
/// a warning (with and without the row validator), and warned. Not timed. Set POLICYPARSE_ACCURACY_N
/// (default 10), POLICYPARSE_ACCURACY_SEED (a CsCheck seed, for the same tables again) and
/// POLICYPARSE_ACCURACY_REPORT (a file path) to write the report.
/// Also scores every *.pdftotext-*.txt under POLICYPARSE_RENDERINGS_DIR (default: the test data's
/// fixtures) against the gold table whose name starts the file name.
/// </summary>
public class AccuracyReportTests
{
    private sealed class Tally
    {
        public int Fields, Correct, Silent, SilentBefore, Warned, Tables;

        public void Add(GoldScore after, GoldScore before)
        {
            Tables++; Fields += after.Fields; Correct += after.Correct; Silent += after.Silent;
            SilentBefore += before.Silent; Warned += after.Warned;
        }

        public string Row(string name) => Fields == 0 ? $"| {name} | {Tables} | – | – | – | – |" :
            $"| {name} | {Tables} | {P(Correct)} | {P(SilentBefore)} | {P(Silent)} | {P(Warned)} |";

        private string P(int n) => $"{100.0 * n / Fields:F1}%";
    }

    [Fact]
    public void Accuracy_over_generated_renderings()
    {
        var n = int.TryParse(Environment.GetEnvironmentVariable("POLICYPARSE_ACCURACY_N"), out var v) ? v : 10;
        var tallies = Layouts.Names.ToDictionary(l => l, _ => new Tally());
        // POLICYPARSE_ACCURACY_DUMP: a folder for each rendering with a silent wrong field and what was wrong.
        var dump = Environment.GetEnvironmentVariable("POLICYPARSE_ACCURACY_DUMP");
        // POLICYPARSE_ACCURACY_DUMP_ALL=1: every rendering with a wrong field, warned or not.
        var dumpAll = Environment.GetEnvironmentVariable("POLICYPARSE_ACCURACY_DUMP_ALL") == "1";
        void Measure(GenTable table, (LayoutStyle Style, DumpStyle Dump) style)
        {
            foreach (var layout in Layouts.Names)
            {
                var text = Layouts.Render(layout, table, style);
                var (after, before, doc) = Layouts.Score(table, text);
                tallies[layout].Add(after, before);
                if (!string.IsNullOrEmpty(dump) && (after.Silent > 0 || (dumpAll && after.Correct < after.Fields)))
                {
                    var name = Path.Combine(dump, $"{layout}-{tallies[layout].Tables}");
                    File.WriteAllText(name + ".txt", text);
                    File.WriteAllText(name + ".wrong.txt", after + "\n" + string.Join("\n", doc.Tasks.Select(t =>
                        $"{t.Index} [{t.KeyTask?.Ordinal}] {t.Text} | {string.Join("、", t.Lead)} | {string.Join("、", t.Support)} | {t.Deadline.Text} | {string.Join(",", t.Warnings.Select(w => w.Code))}")));
                }
            }
        }
        var gen = Gen.Select(SyntheticTables.Table, Layouts.Style);
        // POLICYPARSE_ACCURACY_GOLD=NAME (2021-fuling, 2022-chongqing): that gold table, drawn in N
        // styles, in place of random tables: the same table rendered many ways.
        if (Environment.GetEnvironmentVariable("POLICYPARSE_ACCURACY_GOLD") is { Length: > 0 } goldName)
        {
            var gold = GenTable.FromGold(Path.Combine(AppContext.BaseDirectory, "Data", "gold", $"{goldName}.tasks.json"), int.Parse(goldName[..4], System.Globalization.CultureInfo.InvariantCulture));
            // POLICYPARSE_ACCURACY_BODY=FILE (UTF-8): that notice's own text up to its table in place of the generated body.
            if (Environment.GetEnvironmentVariable("POLICYPARSE_ACCURACY_BODY") is { Length: > 0 } notice)
                gold = gold.WithPreamble(File.ReadAllText(notice));
            gen = Layouts.Style.Select(style => (gold, style));
        }
        // POLICYPARSE_ACCURACY_SET: a number naming a fixed set of N tables, for tuning on one set and
        // measuring on another (CsCheck's seed fixes only the first table of a run).
        if (int.TryParse(Environment.GetEnvironmentVariable("POLICYPARSE_ACCURACY_SET"), out var set))
            for (var i = 0; i < n; i++)
            {
                var (table, style) = gen.Generate(new PCG((uint)set, (ulong)i), null, out _);
                Measure(table, style);
            }
        else
            gen.Sample(Measure, iter: n, threads: 1, seed: Environment.GetEnvironmentVariable("POLICYPARSE_ACCURACY_SEED"));

        var report = new StringBuilder();
        report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Generated tables: {n} per layout").AppendLine()
            .AppendLine("| layout | tables | fields right | wrong, no warning (before validator) | wrong, no warning | warned |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (layout, t) in tallies) report.AppendLine(t.Row(layout));
        report.AppendLine().AppendLine("| extracted file | gold | fields right | wrong, no warning (before validator) | wrong, no warning | warned |")
            .AppendLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var line in ExtractedFiles()) report.AppendLine(line);

        var path = Environment.GetEnvironmentVariable("POLICYPARSE_ACCURACY_REPORT");
        if (!string.IsNullOrEmpty(path)) File.WriteAllText(path, report.ToString());
        Assert.All(tallies.Values, t => Assert.Equal(n, t.Tables));
        // Tab cells are an exact copy: the generator and the parser must agree on every field.
        Assert.Equal(tallies["tab-cells"].Fields, tallies["tab-cells"].Correct);
    }

    /// <summary>Every *.pdftotext-*.txt rendering in the folder, scored against the gold table its name starts with.</summary>
    private static IEnumerable<string> ExtractedFiles()
    {
        var data = Path.Combine(AppContext.BaseDirectory, "Data");
        var dir = Environment.GetEnvironmentVariable("POLICYPARSE_RENDERINGS_DIR") is { Length: > 0 } d ? d : data;
        if (!Directory.Exists(dir)) yield break;
        var golds = Directory.EnumerateFiles(Path.Combine(data, "gold"), "*.tasks.json").ToList();
        foreach (var file in Directory.EnumerateFiles(dir, "*.pdftotext-*.txt", SearchOption.AllDirectories).Order())
        {
            var name = Path.GetFileName(file);
            var gold = golds.FirstOrDefault(g => name.StartsWith(Path.GetFileName(g).Replace(".tasks.json", ""), StringComparison.Ordinal));
            if (gold is null) continue;
            var doc = Tables.PdfText.PdfTextTestKit.Parse(File.ReadAllText(file));
            var goldJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(gold)).RootElement;
            var after = GoldScore.Of(doc.Tasks, goldJson);
            var before = GoldScore.Of(doc.Tasks.Select(t => t with { Warnings = t.Warnings.Where(w => !PolicyParse.Tables.Validation.RowValidator.Codes.Contains(w.Code)).ToList() }).ToList(), goldJson);
            // POLICYPARSE_ACCURACY_DUMP: for a rendering with a silent wrong field, which fields and what came back.
            if (Environment.GetEnvironmentVariable("POLICYPARSE_ACCURACY_DUMP") is { Length: > 0 } dump && after.Silent > 0)
                File.WriteAllText(Path.Combine(dump, name + ".wrong.txt"), after + "\n" + string.Join("\n", doc.Tasks.Select(t =>
                    $"{t.Index} [{t.KeyTask?.Ordinal}] {t.Text} | {string.Join("、", t.Lead)} | {string.Join("、", t.Support)} | {t.Deadline.Text} | {string.Join(",", t.Warnings.Select(w => w.Code))}")));
            yield return $"| {name} | {Path.GetFileName(gold)} | {100 * after.FieldAccuracy:F1}% | {100.0 * before.Silent / after.Fields:F1}% | {100.0 * after.Silent / after.Fields:F1}% | {100 * after.WarnedShare:F1}% |";
        }
    }
}
