namespace PolicyParse.Tests.Batch;

/// <summary>Input folders for batch tests, built from the sample notices.</summary>
public static class BatchFolders
{
    /// <summary>Relative paths of <see cref="WriteMixed"/>'s inputs that the default globs select, sorted.</summary>
    public static readonly string[] MixedInputs =
    [
        "2021/fuling.txt",
        "2021/word/fuling.docx",
        "2022/chongqing.txt",
        "bad/empty.txt",
        "bad/junk.txt",
    ];

    /// <summary>
    /// Good and bad inputs in nested folders: a text notice, a Word notice, a notice whose table cannot
    /// be rebuilt (a warning), an empty file, binary junk named .txt, and a .xyz file that the default
    /// globs leave out.
    /// </summary>
    public static void WriteMixed(string root)
    {
        Copy(TestData.Sample(TestData.Fuling2021), root, "2021/fuling.txt");
        Copy(TestData.Sample("2021-fuling-zhengwu-yaodian.docx"), root, "2021/word/fuling.docx");
        Write(root, "2022/chongqing.txt", TableNotRebuilt());
        Write(root, "bad/empty.txt", []);
        Write(root, "bad/junk.txt", Junk());
        Write(root, "notes/readme.xyz", "一、总体要求"u8.ToArray());
    }

    /// <summary>Only inputs that convert (with or without warnings).</summary>
    public static void WriteGood(string root)
    {
        Copy(TestData.Sample(TestData.Fuling2021), root, "a/fuling.txt");
        Copy(TestData.Sample("2021-fuling-zhengwu-yaodian.docx"), root, "b/fuling-word.docx");
        Copy(TestData.Sample(TestData.Chongqing2022), root, "chongqing.txt");
        Copy(TestData.Sample("2022-chongqing-zhengwu-yaodian.docx"), root, "b/c/chongqing-word.docx");
    }

    /// <summary>The 2022 notice cut right after its table's header line: a table found but not rebuildable.</summary>
    public static byte[] TableNotRebuilt()
    {
        var lines = File.ReadAllLines(TestData.Sample(TestData.Chongqing2022));
        var header = Array.FindIndex(lines, l => l.StartsWith("重点任务", StringComparison.Ordinal));
        return System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines.Take(header + 1)) + "\n");
    }

    /// <summary>Bytes that decode in no supported encoding (same recipe as the extract tests).</summary>
    public static byte[] Junk()
    {
        var junk = new byte[8192];
        new Random(7).NextBytes(junk);
        junk[0] = 0x01;
        return junk;
    }

    public static void Copy(string source, string root, string relative) => Write(root, relative, File.ReadAllBytes(source));

    public static void Write(string root, string relative, byte[] bytes)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Every file under <paramref name="root"/> as relative path → bytes, for comparing trees.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string root) =>
        new(Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public static string Sha256(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
