using PolicyParse.Lexicon;
using System.Text.Json;
using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Tests.Pipeline;

/// <summary>
/// Scores tasks against a gold file field by field, as ../shared/tools/score.py does: rows are
/// aligned in order by text similarity; a field is right when it equals the gold value or one of
/// its listed alternatives; a wrong field without a warning on it is "silent".
/// </summary>
public sealed record GoldScore(int Rows, int Found, int Matched, int Correct, int Silent, int Warned, IReadOnlyList<string> Wrong)
{
    public int Fields => Rows * 5;
    public double FieldAccuracy => Fields == 0 ? 0 : Correct / (double)Fields;
    public double WarnedShare => Fields == 0 ? 0 : Warned / (double)Fields;

    /// <summary>Scores a parsed notice against a gold file on disk.</summary>
    public static GoldScore Of(NoticeDocument doc, string goldPath) =>
        Of(doc.Tasks, JsonDocument.Parse(File.ReadAllText(goldPath)).RootElement);

    /// <summary>The bar for a rebuilt table: accuracy at least, silent errors and warnings at most, as shares of all fields.</summary>
    public void AssertMeetsBar(double minAccuracy = 0.95, double maxSilentShare = 0.01, double maxWarnedShare = 0.10)
    {
        Assert.True(FieldAccuracy >= minAccuracy, $"accuracy under {minAccuracy:P0}: {this}");
        Assert.True(Silent <= Fields * maxSilentShare, $"more than {maxSilentShare:P0} of fields wrong without a warning: {this}");
        Assert.True(Warned <= Fields * maxWarnedShare, $"more than {maxWarnedShare:P0} of fields warned: {this}");
    }

    public override string ToString() =>
        $"rows={Rows} found={Found} matched={Matched} fieldAcc={100 * FieldAccuracy:F1}% silent={Silent} warned={Warned} wrong=[{string.Join(", ", Wrong.Take(20))}]";

    public static GoldScore Of(IReadOnlyList<TaskItem> tasks, JsonElement gold)
    {
        var rows = gold.GetProperty("rows").EnumerateArray().ToList();
        var pairs = Align(rows.Select(r => Norm(r.GetProperty("task").GetString())).ToList(), tasks.Select(t => Norm(t.Text)).ToList());
        int correct = 0, silent = 0, warned = 0;
        var wrong = new List<string>();
        foreach (var (gi, ti) in pairs)
        {
            var (row, task) = (rows[gi], tasks[ti]);
            var alternatives = row.TryGetProperty("alternatives", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
            var checks = new (string Field, string[] WarningFields, bool Ok)[]
            {
                ("task", ["text", "task"], Norm(row.GetProperty("task").GetString()) == Norm(task.Text)),
                ("section", ["keyTask", "section"], row.GetProperty("sectionNo").GetInt32() == task.KeyTask?.Ordinal),
                ("lead", ["lead"], Readings(row, alternatives, "lead").Any(v => SameUnits(v, task.Lead))),
                ("support", ["support"], Readings(row, alternatives, "support").Any(v => SameUnits(v, task.Support))),
                ("deadline", ["deadline"], Readings(row, alternatives, "deadline").Any(v => SameDeadline(v, task.Deadline.Text))),
            };
            foreach (var (field, warningFields, ok) in checks)
            {
                var isWarned = task.Warnings.Any(w => warningFields.Contains(w.Field) || w.Field is "row" or "*");
                if (isWarned) warned++;
                if (ok) correct++;
                else
                {
                    if (!isWarned) silent++;
                    wrong.Add($"{row.GetProperty("n").GetInt32()}:{field}{(isWarned ? "" : "!")}");
                }
            }
        }
        silent += (rows.Count - pairs.Count) * 5;
        return new GoldScore(rows.Count, tasks.Count, pairs.Count, correct, silent, warned, wrong);
    }

    private static IEnumerable<JsonElement> Readings(JsonElement row, JsonElement alternatives, string field)
    {
        yield return row.GetProperty(field);
        if (alternatives.ValueKind == JsonValueKind.Object && alternatives.TryGetProperty(field, out var alts))
            foreach (var alt in alts.EnumerateArray()) yield return alt;
    }

    private static string Norm(string? s) => CjkText.MatchKey(s ?? "");

    private static string UnitKey(IEnumerable<string> units)
    {
        // A list-closing 等 may stay on the last name or be recorded apart (leadAndOthers): both count, as in score.py.
        var joined = CjkText.MatchKey(string.Concat(units.Select(u => u.Trim().EndsWith('等') ? u.Trim()[..^1] : u)));
        foreach (var sep in new[] { "、", "，", ",", "；", ";" }) joined = joined.Replace(sep, "");
        return joined is "——" or "—" or "-" or "--" ? "" : joined;
    }

    private static bool SameUnits(JsonElement gold, IReadOnlyList<string> output)
    {
        var g = UnitKey(gold.ValueKind == JsonValueKind.Array ? gold.EnumerateArray().Select(e => e.GetString() ?? "") : [gold.GetString() ?? ""]);
        var o = UnitKey(output);
        return g == o || g.Replace("政府", "") == o.Replace("政府", "");
    }

    private static bool SameDeadline(JsonElement gold, string output)
    {
        var (g, o) = (Norm(gold.GetString()), Norm(output));
        return g == o || (g is "" or "——" && o is "" or "——");
    }

    /// <summary>Order-preserving alignment maximising summed similarity (rows under 0.6 similar never pair).</summary>
    private static List<(int Gold, int Task)> Align(IReadOnlyList<string> gold, IReadOnlyList<string> output)
    {
        int n = gold.Count, m = output.Count;
        var sim = new double[n, m];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < m; j++)
            {
                var r = gold[i] == output[j] ? 1.0 : Ratio(gold[i], output[j]);
                sim[i, j] = r >= 0.6 ? r : 0;
            }
        var best = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                best[i, j] = Math.Max(Math.Max(best[i + 1, j], best[i, j + 1]), sim[i, j] > 0 ? best[i + 1, j + 1] + sim[i, j] : 0);
        var pairs = new List<(int, int)>();
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (sim[i, j] > 0 && Math.Abs(best[i, j] - (best[i + 1, j + 1] + sim[i, j])) < 1e-9) { pairs.Add((i, j)); i++; j++; }
            else if (Math.Abs(best[i, j] - best[i + 1, j]) < 1e-9) i++;
            else j++;
        }
        return pairs;
    }

    /// <summary>2·LCS/(|a|+|b|): close to difflib's ratio for these texts.</summary>
    private static double Ratio(string a, string b)
    {
        if (a.Length + b.Length == 0) return 1;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return 2.0 * prev[b.Length] / (a.Length + b.Length);
    }
}
