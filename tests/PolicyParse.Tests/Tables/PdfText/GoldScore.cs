using System.Diagnostics;
using System.Text.Json;
using PolicyParse.Model;
using PolicyParse.Output;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>What the project's yardstick (Data/score.py) says of one extraction against a gold task table.</summary>
public sealed record GoldScore(int Rows, int Found, double FieldAcc, int Silent, int Warned, string Summary)
{
    private const int FieldsPerRow = 5;

    public int Fields => Rows * FieldsPerRow;

    /// <summary>Writes the document as JSON and runs score.py on it (python3 is on developer machines and CI).</summary>
    public static GoldScore Of(NoticeDocument doc, string goldPath)
    {
        using var dir = new TestData.TempDir();
        var output = dir.File("out.json");
        using (var stream = File.Create(output))
            new JsonNoticeWriter().Write(doc, stream);

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(TestData.Dir, "score.py"), goldPath, output, "--json" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score.py failed: {stderr}");

        var result = JsonDocument.Parse(stdout).RootElement;
        return new GoldScore(
            result.GetProperty("rows").GetInt32(),
            result.GetProperty("found").GetInt32(),
            result.GetProperty("fieldAcc").GetDouble(),
            result.GetProperty("silent").GetInt32(),
            result.GetProperty("warned").GetInt32(),
            stdout.Length > 600 ? stdout[..600] : stdout);
    }

    /// <summary>The bar for a PDF-text table: ≥95% of fields right, ≤1% wrong without a warning, warnings on ≤10%.</summary>
    public void AssertMeetsBar()
    {
        Assert.True(FieldAcc >= 95, $"fieldAcc {FieldAcc}% < 95%: {Summary}");
        Assert.True(Silent <= Fields / 100.0, $"{Silent} silent errors > 1% of {Fields} fields: {Summary}");
        Assert.True(Warned <= Fields / 10.0, $"{Warned} warned fields > 10% of {Fields}: {Summary}");
    }
}
