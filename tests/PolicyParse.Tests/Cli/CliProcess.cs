using System.Diagnostics;
using System.Text;

namespace PolicyParse.Tests.Cli;

/// <summary>Runs the built policyparse CLI as a separate process, as a user would.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, byte[] Stdout, string Stderr)
    {
        public string StdoutText => Encoding.UTF8.GetString(Stdout);
    }

    public static Result Run(params string[] args) => RunIn(Directory.GetCurrentDirectory(), args);

    public static Result RunIn(string workingDirectory, params string[] args) => RunWith(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs with extra environment variables, e.g. CI=true for batch's plain log.</summary>
    public static Result RunWith(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunFull(workingDirectory, environment, null, args);

    /// <summary>Runs with <paramref name="stdin"/> piped to standard input, as in <c>cat notice.txt | policyparse extract -</c>.</summary>
    public static Result RunWithStdin(byte[] stdin, params string[] args) =>
        RunFull(Directory.GetCurrentDirectory(), new Dictionary<string, string>(), stdin, args);

    private static Result RunFull(string workingDirectory, IReadOnlyDictionary<string, string> environment, byte[]? stdin, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "policyparse.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            // Written in the background: a large input must not block while our reads wait.
            _ = Task.Run(() =>
            {
                using var input = process.StandardInput.BaseStream;
                try { input.Write(stdin); } catch (IOException) { /* the tool stopped reading */ }
            });
        }
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("policyparse did not finish in 2 minutes");
        }
        copy.Wait();
        return new Result(process.ExitCode, stdout.ToArray(), stderr.Result);
    }
}
