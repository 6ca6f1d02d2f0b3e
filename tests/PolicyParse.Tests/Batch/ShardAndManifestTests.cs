using PolicyParse.Batch;

namespace PolicyParse.Tests.Batch;

public class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("4/4", 4, 4)]
    public void Parses_i_of_n(string text, int index, int count)
    {
        Assert.True(ShardSpec.TryParse(text, out var shard));
        Assert.Equal(new ShardSpec(index, count), shard);
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("1/2/3")]
    [InlineData("-1/2")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Rejects_anything_else(string text) => Assert.False(ShardSpec.TryParse(text, out _));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Every_path_falls_in_exactly_one_slice_and_slices_are_roughly_even(int n)
    {
        var paths = Enumerable.Range(0, 2000).Select(i => $"dir{i % 13}/notice-{i}.txt").ToList();
        var slices = Enumerable.Range(1, n).Select(i => new ShardSpec(i, n)).ToList();

        foreach (var path in paths)
            Assert.Single(slices, s => s.Contains(path));
        foreach (var slice in slices)
        {
            var size = paths.Count(slice.Contains);
            Assert.InRange(size, 2000 / n * 0.8, 2000 / n * 1.2);
        }
    }
}

public class ManifestTests
{
    private static ManifestEntry Entry(string input, EntryStatus status = EntryStatus.Ok, int tasks = 3, string version = "v1") => new()
    {
        Input = input,
        Status = status,
        Sha256 = "ab",
        Format = "txt",
        ToolVersion = version,
        Tasks = tasks,
        Warnings = status == EntryStatus.Warning ? 2 : 0,
        Errors = status == EntryStatus.Failed ? 1 : 0,
        Outputs = status == EntryStatus.Failed ? [] : [Path.ChangeExtension(input, ".json")],
        Message = status == EntryStatus.Failed ? "the file is empty" : null,
    };

    [Fact]
    public void Writes_and_reads_back_entries_and_totals()
    {
        using var dir = new TestData.TempDir();
        var path = dir.File("m/manifest.json");
        ManifestEntry[] entries = [Entry("a.txt"), Entry("b/c.txt", EntryStatus.Warning, tasks: 0), Entry("中文.txt", EntryStatus.Failed, tasks: 0)];

        var totals = Manifest.Write(path, "v9", entries);
        var read = Manifest.Read(path);

        Assert.Equal(new ManifestTotals(Files: 3, Ok: 1, Warning: 1, Failed: 1, Tasks: 3, Warnings: 2, Errors: 1), totals);
        Assert.Equal(totals, read.Totals);
        Assert.Equal("v9", read.ToolVersion);
        Assert.Equal(entries, read.Entries, new EntryComparer());
        Assert.Contains("\"input\": \"中文.txt\"", File.ReadAllText(path)); // not \u-escaped
        Assert.Single(Directory.GetFiles(dir.File("m"))); // no temporary file left
    }

    [Fact]
    public void Writer_refuses_entries_out_of_order_and_leaves_no_file()
    {
        using var dir = new TestData.TempDir();
        var path = dir.File("manifest.json");
        Assert.Throws<InvalidOperationException>(() => Manifest.Write(path, "v", [Entry("b.txt"), Entry("a.txt")]));
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Merge_is_the_sorted_union_and_a_later_manifest_wins_on_the_same_input()
    {
        var first = new Manifest(1, "v", [Entry("b.txt"), Entry("d.txt", EntryStatus.Failed)], ManifestTotals.Empty);
        var second = new Manifest(1, "v", [Entry("a.txt"), Entry("d.txt", EntryStatus.Ok, tasks: 9)], ManifestTotals.Empty);

        var merged = Manifest.MergeEntries([first, second]);

        Assert.Equal(["a.txt", "b.txt", "d.txt"], merged.Select(e => e.Input));
        Assert.Equal(EntryStatus.Ok, merged[2].Status);
        Assert.Equal(9, merged[2].Tasks);
    }

    [Theory]
    [InlineData("file is not json")]
    [InlineData("{\"manifestVersion\": 1}")]
    [InlineData("{\"manifestVersion\": 2, \"toolVersion\": \"v\", \"entries\": [], \"totals\": null}")]
    public void Reading_something_else_is_an_invalid_data_error(string content)
    {
        using var dir = new TestData.TempDir();
        File.WriteAllText(dir.File("m.json"), content);
        Assert.Throws<InvalidDataException>(() => Manifest.Read(dir.File("m.json")));
    }

    [Theory]
    [InlineData(0, 0, FailOn.Error, false)]
    [InlineData(0, 1, FailOn.Error, false)]
    [InlineData(1, 0, FailOn.Error, true)]
    [InlineData(0, 1, FailOn.Warning, true)]
    [InlineData(1, 0, FailOn.Warning, true)]
    [InlineData(0, 0, FailOn.Warning, false)]
    [InlineData(1, 1, FailOn.Never, false)]
    public void Fail_policy(int failed, int warned, FailOn policy, bool fails) =>
        Assert.Equal(fails, new ManifestTotals(5, 5 - failed - warned, warned, failed, 0, 0, 0).Fails(policy));

    /// <summary>Records compare lists by reference; compare them by content.</summary>
    private sealed class EntryComparer : IEqualityComparer<ManifestEntry>
    {
        public bool Equals(ManifestEntry? x, ManifestEntry? y) =>
            x is not null && y is not null && x with { Outputs = [] } == y with { Outputs = [] } && x.Outputs.SequenceEqual(y.Outputs);

        public int GetHashCode(ManifestEntry obj) => obj.Input.GetHashCode();
    }
}
