using System.Text.Json;
using PolicyParse.Batch;
using PolicyParse.Cli;
using PolicyParse.Tests.Batch;

namespace PolicyParse.Tests.Cli;

/// <summary>End to end: <c>policyparse batch</c> as a process, in CI mode (plain log).</summary>
public class BatchCommandTests
{
    private static readonly Dictionary<string, string> Ci = new() { ["CI"] = "true" };

    private static CliProcess.Result Batch(string workingDirectory, params string[] args) =>
        CliProcess.RunWith(workingDirectory, Ci, ["batch", .. args]);

    private static JsonElement ManifestJson(string path) => JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;

    private static JsonElement EntryOf(JsonElement manifest, string input) =>
        manifest.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("input").GetString() == input);

    [Fact]
    public void Mixed_folder_converts_the_rest_logs_one_line_per_file_writes_the_manifest_and_exits_8()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteMixed(dir.File("in"));

        var r = Batch(dir.Path, "in", "--output", "out", "--format", "json,csv", "-f", "yaml", "--jobs", "2");

        Assert.Equal(ExitCodes.BatchFailed, r.ExitCode);
        Assert.Equal("", r.Stderr);
        var lines = r.StdoutText.Split('\n');
        Assert.Equal("policyparse batch: 5 inputs", lines[0]);
        Assert.Equal("[1/5] ok      2021/fuling.txt: 40 tasks, 0 warnings", lines[1]);
        Assert.Equal("[2/5] ok      2021/word/fuling.docx: 40 tasks, 0 warnings", lines[2]);
        Assert.StartsWith("[3/5] warning 2022/chongqing.txt: 0 tasks, 0 warnings, 1 error; ", lines[3]);
        Assert.Equal("[4/5] FAILED  bad/empty.txt: the file is empty", lines[4]);
        Assert.StartsWith("[5/5] FAILED  bad/junk.txt: cannot decode", lines[5]);
        Assert.Contains("| files         | 5 ", r.StdoutText);
        Assert.Contains("| failed        | 2 ", r.StdoutText);
        Assert.Contains("| tasks         | 80 ", r.StdoutText);
        Assert.Contains("notices/s", r.StdoutText);

        // Outputs mirror the folders, in every format; nothing for the failures, no temporary files.
        var files = BatchFolders.Snapshot(dir.File("out")).Keys;
        string[] stems = ["2021/fuling", "2021/word/fuling", "2022/chongqing"];
        var expected = stems.SelectMany(s => new[] { s + ".json", s + ".csv", s + ".yaml" }).Append("manifest.json").Order(StringComparer.Ordinal);
        Assert.Equal(expected, files);

        var manifest = ManifestJson(dir.File("out/manifest.json"));
        Assert.Equal(1, manifest.GetProperty("manifestVersion").GetInt32());
        var good = EntryOf(manifest, "2021/word/fuling.docx");
        Assert.Equal("ok", good.GetProperty("status").GetString());
        Assert.Equal("docx", good.GetProperty("format").GetString());
        Assert.Equal(BatchFolders.Sha256(dir.File("in/2021/word/fuling.docx")), good.GetProperty("sha256").GetString());
        Assert.Equal(40, good.GetProperty("tasks").GetInt32());
        Assert.Equal(0, good.GetProperty("warnings").GetInt32());
        Assert.Equal(0, good.GetProperty("errors").GetInt32());
        Assert.Equal(["2021/word/fuling.json", "2021/word/fuling.csv", "2021/word/fuling.yaml"],
            good.GetProperty("outputs").EnumerateArray().Select(o => o.GetString()));
        var junk = EntryOf(manifest, "bad/junk.txt");
        Assert.Equal("failed", junk.GetProperty("status").GetString());
        Assert.Equal(1, junk.GetProperty("errors").GetInt32());
        Assert.Equal(0, junk.GetProperty("outputs").GetArrayLength());
        Assert.Equal(2, manifest.GetProperty("totals").GetProperty("failed").GetInt32());
        Assert.DoesNotContain("time", manifest.GetRawText(), StringComparison.OrdinalIgnoreCase); // deterministic: no timestamps
    }

    [Theory]
    [InlineData("error", true, ExitCodes.BatchFailed)]
    [InlineData("warning", true, ExitCodes.BatchFailed)]
    [InlineData("never", true, ExitCodes.Success)]
    [InlineData("error", false, ExitCodes.Success)]       // only a warning-level notice: fine by default
    [InlineData("warning", false, ExitCodes.BatchFailed)]
    [InlineData("never", false, ExitCodes.Success)]
    public void Fail_on_decides_the_exit_code(string failOn, bool withFailure, int exitCode)
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteGood(dir.File("in")); // includes the 2022 text notice: a warning
        if (withFailure) BatchFolders.Write(dir.File("in"), "empty.txt", []);

        var r = Batch(dir.Path, "in", "-o", "out", "--fail-on", failOn);

        Assert.Equal(exitCode, r.ExitCode);
        Assert.True(File.Exists(dir.File("out/a/fuling.json")));
    }

    [Fact]
    public void All_good_inputs_exit_0()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.Copy(TestData.Sample(TestData.Fuling2021), dir.File("in"), "x.txt");
        var r = Batch(dir.Path, "in", "-o", "out", "--fail-on", "warning");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
    }

    [Fact]
    public void Incremental_rerun_skips_unchanged_files_and_redoes_a_changed_one()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteGood(dir.File("in"));
        Assert.Equal(ExitCodes.Success, Batch(dir.Path, "in", "-o", "out").ExitCode);
        var firstManifest = File.ReadAllBytes(dir.File("out/manifest.json"));

        var again = Batch(dir.Path, "in", "-o", "out", "--incremental");
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Equal(4, again.StdoutText.Split('\n').Count(l => l.Contains("] skipped ")));
        Assert.Contains("4 skipped as unchanged", again.StdoutText);
        Assert.Equal(firstManifest, File.ReadAllBytes(dir.File("out/manifest.json")));

        var changed = dir.File("in/a/fuling.txt");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("2021年", "2023年"));
        var third = Batch(dir.Path, "in", "-o", "out", "--incremental");
        Assert.Contains("] ok      a/fuling.txt: 40 tasks", third.StdoutText);
        Assert.Equal(3, third.StdoutText.Split('\n').Count(l => l.Contains("] skipped ")));
        Assert.Equal(BatchFolders.Sha256(changed),
            EntryOf(ManifestJson(dir.File("out/manifest.json")), "a/fuling.txt").GetProperty("sha256").GetString());
    }

    [Fact]
    public void Shards_and_merge_manifests_give_the_single_run_manifest()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteMixed(dir.File("in"));
        BatchFolders.WriteGood(dir.File("in/more"));

        Assert.Equal(ExitCodes.BatchFailed, Batch(dir.Path, "in", "-o", "all").ExitCode);
        Batch(dir.Path, "in", "-o", "shard1", "--shard", "1/2");
        Batch(dir.Path, "in", "-o", "shard2", "--shard", "2/2");
        var merge = Batch(dir.Path, "--merge-manifests", "shard1/manifest.json", "shard2/manifest.json", "-o", "merged");

        Assert.Equal(ExitCodes.BatchFailed, merge.ExitCode); // the merged manifest holds the failures
        Assert.Contains("| files         | 9 ", merge.StdoutText);
        Assert.Equal(File.ReadAllBytes(dir.File("all/manifest.json")), File.ReadAllBytes(dir.File("merged/manifest.json")));
        // Each shard wrote only its own inputs' outputs, and together exactly the single run's.
        var shardOutputs = BatchFolders.Snapshot(dir.File("shard1")).Keys.Concat(BatchFolders.Snapshot(dir.File("shard2")).Keys)
            .Where(k => k != "manifest.json").Order(StringComparer.Ordinal);
        Assert.Equal(BatchFolders.Snapshot(dir.File("all")).Keys.Where(k => k != "manifest.json"), shardOutputs);

        var never = Batch(dir.Path, "--merge-manifests", "shard1/manifest.json", "shard2/manifest.json", "-o", "merged", "--fail-on", "never");
        Assert.Equal(ExitCodes.Success, never.ExitCode);
    }

    [Fact]
    public void Jobs_1_and_jobs_4_write_the_same_bytes()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteMixed(dir.File("in"));
        BatchFolders.WriteGood(dir.File("in/more"));

        Batch(dir.Path, "in", "-o", "one", "-j", "1", "-f", "json,csv,yaml");
        Batch(dir.Path, "in", "-o", "four", "-j", "4", "-f", "json,csv,yaml");

        var one = BatchFolders.Snapshot(dir.File("one"));
        var four = BatchFolders.Snapshot(dir.File("four"));
        Assert.Equal(one.Keys, four.Keys);
        Assert.All(one, pair => Assert.Equal(pair.Value, four[pair.Key]));
    }

    [Fact]
    public void An_included_unknown_extension_is_reported_as_a_failure()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteMixed(dir.File("in"));

        var r = Batch(dir.Path, "in", "-o", "out", "--include", "**/*.xyz");

        Assert.Equal(ExitCodes.BatchFailed, r.ExitCode);
        Assert.Contains("[1/1] FAILED  notes/readme.xyz: unsupported file type '.xyz'", r.StdoutText);
    }

    [Theory]
    [InlineData("in", "-o", "out", "--shard", "3/2")]
    [InlineData("in", "-o", "out", "--shard", "x")]
    [InlineData("in", "-o", "out", "--format", "json,pdf")]
    [InlineData("in", "-o", "out", "--jobs", "0")]
    [InlineData("in", "-o", "out", "--fail-on", "sometimes")]
    [InlineData("in")]
    [InlineData("-o", "out")]
    [InlineData("in", "-o", "out", "--merge-manifests", "m.json")]
    [InlineData("--merge-manifests", "m.json", "-o", "out", "--shard", "1/2")]
    [InlineData("--merge-manifests", "m.json", "-o", "out", "-f", "csv")]
    public void Usage_errors_exit_2_and_write_nothing(params string[] args)
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteGood(dir.File("in"));

        var r = Batch(dir.Path, args);

        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.StartsWith("policyparse: ", r.Stderr);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void A_missing_folder_exits_3()
    {
        using var dir = new TestData.TempDir();
        var r = Batch(dir.Path, "nope", "-o", "out");
        Assert.Equal(ExitCodes.Unreadable, r.ExitCode);
        Assert.Equal("policyparse: nope: no such folder", r.Stderr.TrimEnd());
    }

    [Fact]
    public void Merging_something_that_is_not_a_manifest_exits_4()
    {
        using var dir = new TestData.TempDir();
        File.WriteAllText(dir.File("m.json"), "[1, 2]");
        var r = Batch(dir.Path, "--merge-manifests", "m.json", "-o", "out");
        Assert.Equal(ExitCodes.UnsupportedFormat, r.ExitCode);
        Assert.Contains("not a policyparse manifest", r.Stderr);
        Assert.False(File.Exists(dir.File("out/manifest.json")));
    }

    [Fact]
    public void Help_lists_the_batch_options()
    {
        var r = CliProcess.Run("batch", "--help");
        Assert.Equal(ExitCodes.Success, r.ExitCode);
        foreach (var option in new[] { "--output", "--format", "--include", "--exclude", "--jobs", "--incremental", "--shard", "--fail-on", "--merge-manifests", "--manifest" })
            Assert.Contains(option, r.StdoutText);
    }

    [Fact]
    public void A_batch_that_selects_nothing_fails_with_its_own_code()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteGood(dir.File("in"));

        var r = Batch(dir.Path, "in", "--output", "out", "--include", "**/*.pdf");

        Assert.Equal(ExitCodes.NoInputs, r.ExitCode);
        Assert.Contains("no input matched", r.Stderr);
        Assert.Equal(ExitCodes.Success, Batch(dir.Path, "in", "--output", "out2", "--include", "**/*.pdf", "--fail-on", "never").ExitCode);
    }
}
