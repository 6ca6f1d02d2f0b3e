using PolicyParse.Batch;
using PolicyParse.Serialization;

namespace PolicyParse.Tests.Batch;

/// <summary>The batch library in process: outputs, manifest, incremental runs, sharding, failures.</summary>
public class BatchRunnerTests
{
    private sealed class Recorder : IProgress<BatchEvent>
    {
        public List<BatchEvent> Events { get; } = [];

        public void Report(BatchEvent value) { lock (Events) Events.Add(value); }

        public List<InputFinished> Finished => Events.OfType<InputFinished>().ToList();
    }

    private static BatchSummary Run(string input, string output, Recorder? recorder = null, int jobs = 2,
        OutputFormat[]? formats = null, bool incremental = false, ShardSpec? shard = null, string? manifest = null, string[]? include = null) =>
        new BatchRunner(new BatchOptions
        {
            InputDirectory = input,
            OutputDirectory = output,
            Formats = formats ?? [OutputFormat.Json],
            Jobs = jobs,
            Incremental = incremental,
            Shard = shard,
            ManifestPath = manifest,
            Include = include ?? [],
        }, recorder).RunAsync().GetAwaiter().GetResult();

    private static Dictionary<string, ManifestEntry> EntriesOf(string manifestPath) =>
        Manifest.Read(manifestPath).Entries.ToDictionary(e => e.Input);

    [Fact]
    public void Mixed_folder_converts_the_good_files_reports_the_bad_ones_and_mirrors_the_layout()
    {
        using var dir = new TestData.TempDir();
        var input = Path.Combine(dir.Path, "in");
        var output = Path.Combine(dir.Path, "out");
        BatchFolders.WriteMixed(input);

        var summary = Run(input, output, formats: [OutputFormat.Json, OutputFormat.Csv]);

        var manifest = Manifest.Read(Path.Combine(output, "manifest.json"));
        Assert.Equal(BatchFolders.MixedInputs, manifest.Entries.Select(e => e.Input)); // sorted, .xyz left out
        Assert.Equal(new ManifestTotals(Files: 5, Ok: 2, Warning: 1, Failed: 2, Tasks: 80, Warnings: 0, Errors: 3), summary.Totals);
        Assert.Equal(summary.Totals, manifest.Totals);

        var e = manifest.Entries.ToDictionary(x => x.Input);
        var txt = e["2021/fuling.txt"];
        Assert.Equal(EntryStatus.Ok, txt.Status);
        Assert.Equal(40, txt.Tasks);
        Assert.Equal("txt", txt.Format);
        Assert.Equal(BatchFolders.Sha256(Path.Combine(input, "2021/fuling.txt")), txt.Sha256);
        Assert.Equal(["2021/fuling.json", "2021/fuling.csv"], txt.Outputs);
        Assert.Equal(ToolVersion.Current, txt.ToolVersion);
        Assert.Null(txt.Message);

        var docx = e["2021/word/fuling.docx"];
        Assert.Equal((EntryStatus.Ok, 40, "docx"), (docx.Status, docx.Tasks, docx.Format));

        var noTable = e["2022/chongqing.txt"];
        Assert.Equal(EntryStatus.Warning, noTable.Status);
        Assert.Equal(0, noTable.Tasks);
        Assert.Equal(1, noTable.Errors);
        Assert.Contains("could not be reconstructed", noTable.Message);
        Assert.Equal(["2022/chongqing.json", "2022/chongqing.csv"], noTable.Outputs); // still written

        var empty = e["bad/empty.txt"];
        Assert.Equal(EntryStatus.Failed, empty.Status);
        Assert.Equal("the file is empty", empty.Message);
        Assert.Equal(BatchFolders.Sha256(Path.Combine(input, "bad/empty.txt")), empty.Sha256);
        Assert.Empty(empty.Outputs);
        Assert.Contains("cannot decode", e["bad/junk.txt"].Message);

        // Exactly the listed outputs plus the manifest: nothing for the bad inputs, no temporary files.
        var expected = manifest.Entries.SelectMany(x => x.Outputs).Append("manifest.json").Order(StringComparer.Ordinal);
        Assert.Equal(expected, BatchFolders.Snapshot(output).Keys);

        // The output names the input by its relative path, so it does not depend on where the folder is.
        var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "2021/fuling.json"))).RootElement;
        Assert.Equal("2021/fuling.txt", json.GetProperty("source").GetProperty("path").GetString());
        Assert.Equal(40, json.GetProperty("tasks").GetArrayLength());
    }

    [Fact]
    public void Progress_reports_the_total_first_then_every_input_in_order()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteMixed(dir.File("in"));
        var recorder = new Recorder();

        Run(dir.File("in"), dir.File("out"), recorder, jobs: 4);

        Assert.Equal(new BatchStarted(5), recorder.Events[0]);
        var finished = recorder.Finished;
        Assert.Equal([1, 2, 3, 4, 5], finished.Select(f => f.Done));
        Assert.All(finished, f => Assert.Equal(5, f.Total));
        Assert.Equal(BatchFolders.MixedInputs, finished.Select(f => f.Entry.Input));
        Assert.Equal(BatchFolders.MixedInputs.Order(), recorder.Events.OfType<InputStarted>().Select(s => s.Input).Order());
    }

    [Fact]
    public void Outputs_and_manifest_are_byte_identical_whatever_the_number_of_jobs()
    {
        using var dir = new TestData.TempDir();
        var input = dir.File("in");
        BatchFolders.WriteMixed(input);
        BatchFolders.WriteGood(Path.Combine(input, "more"));
        OutputFormat[] all = [OutputFormat.Json, OutputFormat.Csv, OutputFormat.Yaml];

        Run(input, dir.File("one"), jobs: 1, formats: all);
        Run(input, dir.File("four"), jobs: 4, formats: all);

        var one = BatchFolders.Snapshot(dir.File("one"));
        var four = BatchFolders.Snapshot(dir.File("four"));
        Assert.Equal(one.Keys, four.Keys);
        Assert.True(one.Count > 20);
        foreach (var (path, bytes) in one)
            Assert.True(bytes.AsSpan().SequenceEqual(four[path]), $"{path} differs between --jobs 1 and --jobs 4");
    }

    [Fact]
    public void Incremental_run_skips_unchanged_inputs_and_redoes_changed_missing_and_failed_ones()
    {
        using var dir = new TestData.TempDir();
        var input = dir.File("in");
        var output = dir.File("out");
        BatchFolders.WriteMixed(input);
        var manifestPath = Path.Combine(output, "manifest.json");

        Run(input, output);
        var firstManifest = File.ReadAllBytes(manifestPath);
        var docxOutput = Path.Combine(output, "2021/word/fuling.json");
        File.SetLastWriteTimeUtc(docxOutput, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        // Unchanged inputs are skipped; the manifest is the same as a full run's.
        var recorder = new Recorder();
        var second = Run(input, output, recorder, incremental: true);
        Assert.Equal(3, second.Skipped); // the two failed inputs are retried
        Assert.Equal(2, second.Processed);
        Assert.Equal(["2021/fuling.txt", "2021/word/fuling.docx", "2022/chongqing.txt"],
            recorder.Finished.Where(f => f.Skipped).Select(f => f.Entry.Input));
        Assert.Equal(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(docxOutput)); // not rewritten
        Assert.Equal(firstManifest, File.ReadAllBytes(manifestPath));

        // A changed input, a fixed one and a deleted output are redone.
        var fuling = Path.Combine(input, "2021/fuling.txt");
        File.WriteAllText(fuling, File.ReadAllText(fuling).Replace("涪陵区", "长寿区"));
        BatchFolders.Copy(TestData.Sample(TestData.Fuling2021), input, "bad/empty.txt");
        File.Delete(Path.Combine(output, "2022/chongqing.json"));
        recorder = new Recorder();
        var third = Run(input, output, recorder, incremental: true);

        Assert.Equal(["2021/word/fuling.docx"], recorder.Finished.Where(f => f.Skipped).Select(f => f.Entry.Input));
        var entries = EntriesOf(manifestPath);
        Assert.Equal(BatchFolders.Sha256(fuling), entries["2021/fuling.txt"].Sha256);
        Assert.Contains("长寿区", File.ReadAllText(Path.Combine(output, "2021/fuling.json")));
        Assert.Equal(EntryStatus.Ok, entries["bad/empty.txt"].Status);
        Assert.True(File.Exists(Path.Combine(output, "bad/empty.json")));
        Assert.True(File.Exists(Path.Combine(output, "2022/chongqing.json")));
        Assert.Equal(1, third.Totals.Failed);
    }

    [Fact]
    public void Incremental_run_redoes_an_input_when_the_formats_change()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteGood(dir.File("in"));
        Run(dir.File("in"), dir.File("out"));

        var again = Run(dir.File("in"), dir.File("out"), incremental: true, formats: [OutputFormat.Json, OutputFormat.Yaml]);

        Assert.Equal(0, again.Skipped);
        Assert.True(File.Exists(dir.File("out/a/fuling.yaml")));
    }

    [Fact]
    public void An_unreadable_previous_manifest_is_reported_and_everything_is_converted()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteGood(dir.File("in"));
        Directory.CreateDirectory(dir.File("out"));
        File.WriteAllText(dir.File("out/manifest.json"), "{ not json");
        var recorder = new Recorder();

        var summary = Run(dir.File("in"), dir.File("out"), recorder, incremental: true);

        Assert.Equal(0, summary.Skipped);
        Assert.Contains(recorder.Events.OfType<BatchNotice>(), n => n.Message.Contains("previous manifest ignored"));
        Assert.Equal(4, Manifest.Read(dir.File("out/manifest.json")).Entries.Count);
    }

    [Fact]
    public void Shards_cover_every_input_once_and_their_merged_manifest_equals_a_single_run()
    {
        using var dir = new TestData.TempDir();
        var input = dir.File("in");
        BatchFolders.WriteMixed(input);
        BatchFolders.WriteGood(Path.Combine(input, "x"));
        BatchFolders.WriteGood(Path.Combine(input, "y"));

        Run(input, dir.File("all"));
        Run(input, dir.File("s1"), shard: new ShardSpec(1, 2));
        Run(input, dir.File("s2"), shard: new ShardSpec(2, 2));

        var all = Manifest.Read(dir.File("all/manifest.json"));
        var s1 = Manifest.Read(dir.File("s1/manifest.json"));
        var s2 = Manifest.Read(dir.File("s2/manifest.json"));
        Assert.NotEmpty(s1.Entries);
        Assert.NotEmpty(s2.Entries);
        Assert.Empty(s1.Entries.Select(e => e.Input).Intersect(s2.Entries.Select(e => e.Input)));
        Assert.Equal(all.Entries.Select(e => e.Input), s1.Entries.Concat(s2.Entries).Select(e => e.Input).Order(StringComparer.Ordinal));

        Manifest.Write(dir.File("merged.json"), ToolVersion.Current, Manifest.MergeEntries([s1, s2]));
        Assert.Equal(File.ReadAllBytes(dir.File("all/manifest.json")), File.ReadAllBytes(dir.File("merged.json")));
    }

    [Fact]
    public void When_an_output_cannot_be_written_the_input_fails_and_none_of_its_outputs_or_temporary_files_remain()
    {
        using var dir = new TestData.TempDir();
        var input = dir.File("in");
        var output = dir.File("out");
        BatchFolders.WriteGood(input);
        // A folder where the CSV should go makes the final rename fail after the JSON was rendered.
        Directory.CreateDirectory(Path.Combine(output, "a", "fuling.csv"));

        var summary = Run(input, output, formats: [OutputFormat.Json, OutputFormat.Csv]);

        var entry = EntriesOf(Path.Combine(output, "manifest.json"))["a/fuling.txt"];
        Assert.Equal(EntryStatus.Failed, entry.Status);
        Assert.StartsWith("cannot write output", entry.Message);
        Assert.Empty(entry.Outputs);
        Assert.Equal(1, summary.Totals.Failed);
        Assert.Equal(3, summary.Totals.Ok + summary.Totals.Warning); // the others were converted
        Assert.False(File.Exists(Path.Combine(output, "a", "fuling.json")));
        Assert.Empty(Directory.GetFiles(Path.Combine(output, "a")));
        Assert.DoesNotContain(BatchFolders.Snapshot(output).Keys, k => k.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failing_input_removes_the_outputs_an_earlier_run_left_for_it()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteGood(dir.File("in"));
        Run(dir.File("in"), dir.File("out"));
        Assert.True(File.Exists(dir.File("out/a/fuling.json")));

        File.WriteAllBytes(dir.File("in/a/fuling.txt"), []);
        Run(dir.File("in"), dir.File("out"));

        Assert.False(File.Exists(dir.File("out/a/fuling.json")));
        Assert.Equal(EntryStatus.Failed, EntriesOf(dir.File("out/manifest.json"))["a/fuling.txt"].Status);
    }

    [Fact]
    public void Unsupported_files_selected_by_the_globs_are_reported_as_failures()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.WriteMixed(dir.File("in"));

        Run(dir.File("in"), dir.File("out"), include: ["notes/**"]);

        var entry = Assert.Single(Manifest.Read(dir.File("out/manifest.json")).Entries);
        Assert.Equal(("notes/readme.xyz", EntryStatus.Failed, "xyz"), (entry.Input, entry.Status, entry.Format));
        Assert.Contains("unsupported file type '.xyz'", entry.Message);
    }

    [Fact]
    public void One_notice_in_two_formats_converts_both_keeping_their_extensions_in_output_names()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.Copy(TestData.Sample("2021-fuling-zhengwu-yaodian.docx"), dir.File("in"), "n.docx");
        BatchFolders.Copy(TestData.Sample(TestData.Chongqing2022), dir.File("in"), "n.txt");

        Run(dir.File("in"), dir.File("out"), jobs: 2);

        var entries = EntriesOf(dir.File("out/manifest.json"));
        Assert.Equal(EntryStatus.Ok, entries["n.docx"].Status);
        Assert.NotEqual(EntryStatus.Failed, entries["n.txt"].Status);
        Assert.Equal(["n.docx.json"], entries["n.docx"].Outputs);
        Assert.Equal(["n.txt.json"], entries["n.txt"].Outputs);
        Assert.Contains("\"format\": \"docx\"", File.ReadAllText(dir.File("out/n.docx.json")));
        Assert.Contains("\"format\": \"txt\"", File.ReadAllText(dir.File("out/n.txt.json")));
        Assert.False(File.Exists(dir.File("out/n.json")));
    }

    [Fact]
    public void A_name_still_taken_fails_the_later_input_and_keeps_the_earlier_ones_outputs()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.Copy(TestData.Sample("2021-fuling-zhengwu-yaodian.docx"), dir.File("in"), "n.docx");
        BatchFolders.Copy(TestData.Sample(TestData.Fuling2021), dir.File("in"), "n.txt");
        BatchFolders.Copy(TestData.Sample(TestData.Chongqing2022), dir.File("in"), "n.txt.txt");

        Run(dir.File("in"), dir.File("out"), jobs: 2);

        var entries = EntriesOf(dir.File("out/manifest.json"));
        Assert.Equal(EntryStatus.Ok, entries["n.txt"].Status);
        Assert.Equal(EntryStatus.Failed, entries["n.txt.txt"].Status);
        Assert.Contains("n.txt", entries["n.txt.txt"].Message);
        Assert.Contains("\"path\": \"n.txt\"", File.ReadAllText(dir.File("out/n.txt.json")));
    }

    [Fact]
    public void A_missing_input_folder_is_an_error_and_no_manifest_is_written()
    {
        using var dir = new TestData.TempDir();
        Assert.Throws<DirectoryNotFoundException>(() => Run(dir.File("nope"), dir.File("out")));
        Assert.False(Directory.Exists(dir.File("out")));
    }
}

public class BatchRunnerFaultTests
{
    private sealed class ThrowingProgress : IProgress<BatchEvent>
    {
        public void Report(BatchEvent value)
        {
            if (value is InputFinished) throw new InvalidOperationException("observer failed");
        }
    }

    [Fact]
    public async Task A_fault_while_collecting_results_stops_the_run_instead_of_hanging_and_writes_no_manifest()
    {
        using var dir = new TestData.TempDir();
        // More inputs than the channel holds, so the producer is blocked when the consumer fails.
        for (var i = 0; i < 12; i++)
            BatchFolders.Copy(TestData.Sample(TestData.Fuling2021), dir.File("in"), $"n{i:00}.txt");
        var runner = new BatchRunner(new BatchOptions { InputDirectory = dir.File("in"), OutputDirectory = dir.File("out"), Jobs = 1 }, new ThrowingProgress());

        var run = runner.RunAsync();
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.Same(run, finished);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run);
        Assert.Equal("observer failed", error.Message);
        Assert.False(File.Exists(dir.File("out/manifest.json")));
        Assert.DoesNotContain(Directory.GetFiles(dir.File("out"), "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
