using PolicyParse.Tests.Tables.PdfText;

namespace PolicyParse.Tests.Generators;

/// <summary>
/// Mutated copies of the committed fixtures (lines dropped, duplicated, swapped, cut, page breaks,
/// spaces, truncation) go through the whole parser: whatever the input, no exception escapes.
/// POLICYPARSE_FUZZ_COUNT sets the number of inputs (300 by default; 100000 for the big run),
/// POLICYPARSE_FUZZ_SEED the seed.
/// </summary>
public class FuzzTests
{
    private static IReadOnlyList<string> Sources()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Data");
        return Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order().Select(File.ReadAllText).ToList();
    }

    public static string Mutate(string text, Random random)
    {
        var lines = text.Replace("\r", "").Split('\n').ToList();
        var edits = random.Next(1, 12);
        for (var e = 0; e < edits && lines.Count > 0; e++)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(8))
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[i]); break;
                case 2: var j = random.Next(lines.Count); (lines[i], lines[j]) = (lines[j], lines[i]); break;
                case 3 when lines[i].Length > 1: var cut = random.Next(1, lines[i].Length); lines.Insert(i + 1, lines[i][cut..]); lines[i] = lines[i][..cut]; break;
                case 4: lines[i] = "\f" + lines[i]; break;
                case 5: lines[i] = lines[i].Insert(random.Next(lines[i].Length + 1), new string(' ', random.Next(1, 30))); break;
                case 6: lines.RemoveRange(i, lines.Count - i); break;
                default: if (i + 1 < lines.Count) { lines[i] += lines[i + 1]; lines.RemoveAt(i + 1); } break;
            }
        }
        return string.Join("\n", lines);
    }

    [Fact]
    public void Mutated_fixtures_never_throw()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("POLICYPARSE_FUZZ_COUNT"), out var n) ? n : 300;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("POLICYPARSE_FUZZ_SEED"), out var s) ? s : 20261202;
        var sources = Sources();
        Assert.NotEmpty(sources);
        var random = new Random(seed);
        var internalErrors = new List<string>();
        for (var k = 0; k < count; k++)
        {
            var source = sources[random.Next(sources.Count)];
            var input = Mutate(source, random);
            try
            {
                var doc = PdfTextTestKit.Parse(input);
                internalErrors.AddRange(doc.Diagnostics.Where(d => d.Code == "table.internalError").Select(d => d.Message));
            }
            catch (Exception e)
            {
                var file = Path.Combine(Path.GetTempPath(), $"policyparse-fuzz-{seed}-{k}.txt");
                File.WriteAllText(file, input);
                Assert.Fail($"input {k} (seed {seed}, saved to {file}) threw {e}");
            }
        }
        // Backend failures are caught and reported as diagnostics; the count shows in the test output.
        var report = $"fuzz: {count} inputs, seed {seed}, {internalErrors.Count} table.internalError diagnostics\n" +
            string.Join("\n", internalErrors.GroupBy(m => m).Select(g => $"  {g.Count()} × {g.Key}"));
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "policyparse-fuzz-report.txt"), report);
        Assert.True(internalErrors.Count == 0, report);
    }
}
