using System.Text.Json;
using PolicyParse.Pipeline;
using PolicyParse.Model;

namespace PolicyParse.Tests;

/// <summary>Paths of the data files copied next to the test assembly, and shared parsing helpers.</summary>
public static class TestData
{
    public static string Dir { get; } = Path.Combine(AppContext.BaseDirectory, "Data");

    public const string Fuling2021 = "2021-fuling-zhengwu-yaodian.txt";
    public const string Chongqing2022 = "2022-chongqing-zhengwu-yaodian.txt";

    /// <summary>The clone the tests were built from (the folder holding PolicyParse.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyParse.sln")))
                return dir.FullName;
        throw new InvalidOperationException("PolicyParse.sln not found above the test assembly");
    }

    public static string Sample(string name) => Path.Combine(Dir, "samples", name);

    /// <summary>A file under tests/fixtures (LibreOffice and pdftotext output).</summary>
    public static string Fixture(string name) => Path.Combine(Dir, "fixtures", name);

    public static string Gold(string name) => Path.Combine(Dir, "gold", name);

    public static JsonElement GoldJson(string name) => JsonDocument.Parse(File.ReadAllText(Gold(name))).RootElement;

    public static NoticeDocument Parse(string path)
    {
        var result = new NoticeParser().ParseFile(path);
        Assert.Null(result.Failure);
        return result.Document!;
    }

    /// <summary>A fresh temporary directory, deleted when disposed.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("policyparse-tests-").FullName;

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}
