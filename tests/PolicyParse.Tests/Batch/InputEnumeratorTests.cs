using PolicyParse.Batch;

namespace PolicyParse.Tests.Batch;

public class InputEnumeratorTests
{
    private static List<string> Enumerate(string root, string[]? include = null, string[]? exclude = null, string? skip = null) =>
        new InputEnumerator(root, include ?? [], exclude ?? [], skip).Enumerate().Select(i => i.RelativePath).ToList();

    [Fact]
    public void Yields_relative_paths_in_ordinal_order_across_folders()
    {
        using var dir = new TestData.TempDir();
        // '-' (0x2D) and '.' (0x2E) sort before '/' (0x2F): a per-folder sort by plain name would put "a/…" first.
        string[] files = ["a.txt", "a-b.txt", "a/z.txt", "a/b/c.txt", "a0.txt", "B.txt", "b.txt", "中文/通知.txt", "z.txt"];
        foreach (var f in files) BatchFolders.Write(dir.Path, f, "x"u8.ToArray());

        var found = Enumerate(dir.Path);

        Assert.Equal(files.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void Default_globs_take_txt_docx_and_html_in_any_case_and_leave_other_files_out()
    {
        using var dir = new TestData.TempDir();
        foreach (var f in new[] { "a.txt", "b.TXT", "c.docx", "d.xyz", "e.json", "f", "sub/g.DOCX", "h.html", "i.HTM", "j.css" })
            BatchFolders.Write(dir.Path, f, "x"u8.ToArray());

        Assert.Equal(["a.txt", "b.TXT", "c.docx", "h.html", "i.HTM", "sub/g.DOCX"], Enumerate(dir.Path));
    }

    [Fact]
    public void Include_replaces_the_defaults_and_exclude_removes_matches()
    {
        using var dir = new TestData.TempDir();
        foreach (var f in new[] { "2021/a.txt", "2021/drafts/b.txt", "2022/c.txt", "2022/d.xyz" })
            BatchFolders.Write(dir.Path, f, "x"u8.ToArray());

        Assert.Equal(["2021/a.txt", "2022/c.txt", "2022/d.xyz"], Enumerate(dir.Path, include: ["**/*"], exclude: ["**/drafts/**"]));
        Assert.Equal(["2022/c.txt"], Enumerate(dir.Path, include: ["2022/*.txt"]));
    }

    [Fact]
    public void Files_sharing_a_stem_in_a_folder_keep_their_extension_in_output_names()
    {
        using var dir = new TestData.TempDir();
        foreach (var f in new[] { "n/a.docx", "n/A.txt", "n/b.txt", "m/a.txt" })
            BatchFolders.Write(dir.Path, f, "x"u8.ToArray());

        var inputs = new InputEnumerator(dir.Path, [], []).Enumerate().ToList();

        Assert.Equal(["m/a.txt", "n/A.txt", "n/a.docx", "n/b.txt"], inputs.Select(i => i.RelativePath));
        Assert.All(inputs, i => Assert.Null(i.Rejection));
        Assert.Equal(["m/a", "n/A.txt", "n/a.docx", "n/b"], inputs.Select(i => i.OutputStem));
    }

    [Fact]
    public void An_output_name_still_taken_after_keeping_extensions_is_rejected_naming_the_first()
    {
        using var dir = new TestData.TempDir();
        foreach (var f in new[] { "a.txt", "a.docx", "a.txt.txt" })
            BatchFolders.Write(dir.Path, f, "x"u8.ToArray());

        var inputs = new InputEnumerator(dir.Path, [], []).Enumerate().ToList();

        Assert.Equal(["a.docx", "a.txt", "a.txt.txt"], inputs.Select(i => i.RelativePath));
        Assert.Null(inputs[0].Rejection);
        Assert.Null(inputs[1].Rejection);
        Assert.Contains("a.txt", inputs[2].Rejection); // a.txt.txt → a.txt.json, already a.txt's
    }

    [Fact]
    public void The_output_folder_inside_the_input_folder_is_not_walked()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.Write(dir.Path, "a.txt", "x"u8.ToArray());
        BatchFolders.Write(dir.Path, "out/a.txt", "x"u8.ToArray());

        Assert.Equal(["a.txt"], Enumerate(dir.Path, skip: Path.Combine(dir.Path, "out")));
        Assert.Equal(["a.txt", "out/a.txt"], Enumerate(dir.Path));
    }

    [Fact]
    public void Full_paths_point_at_the_files()
    {
        using var dir = new TestData.TempDir();
        BatchFolders.Write(dir.Path, "x/y.txt", "x"u8.ToArray());
        var input = Assert.Single(new InputEnumerator(dir.Path, [], []).Enumerate());
        Assert.Equal(Path.Combine(dir.Path, "x", "y.txt"), input.FullPath);
    }
}
