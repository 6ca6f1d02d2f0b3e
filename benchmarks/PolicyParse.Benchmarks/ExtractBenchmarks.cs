using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using PolicyParse.Serialization;
using PolicyParse.Pipeline;
using PolicyParse.Reading;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Per-document cost of the library, separate from process start-up.
/// Run: dotnet run -c Release --project benchmarks/PolicyParse.Benchmarks -- --filter '*'
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private readonly NoticeParser _parser = new();
    private string _path = "";
    private SourceDocument _source = null!;

    [Params("2021-fuling-zhengwu-yaodian.txt", "2022-chongqing-zhengwu-yaodian.txt", "2021-fuling-zhengwu-yaodian.docx", "2022-chongqing-zhengwu-yaodian.docx")]
    public string Notice { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(FindSamples(), Notice);
        _source = _parser.Read(_path);
    }

    /// <summary>Read, decode, parse: what one extract does before writing.</summary>
    [Benchmark]
    public int ReadAndParse() => _parser.ParseFile(_path).Document!.Tasks.Count;

    /// <summary>Parsing alone, on text already decoded.</summary>
    [Benchmark]
    public int ParseOnly() => _parser.Parse(_source).Tasks.Count;

    [Benchmark]
    public long ParseAndWriteJson()
    {
        using var stream = new MemoryStream();
        new JsonNoticeWriter().Write(_parser.Parse(_source), stream);
        return stream.Length;
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "samples")) && File.Exists(Path.Combine(dir.FullName, "PolicyParse.sln")))
                return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("run the benchmarks from inside the repository");
    }
}

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
