using System.Diagnostics;

namespace PolicyParse.Reading.Legacy;

/// <summary>
/// Converts with LibreOffice (<c>soffice --headless --convert-to docx</c>) when it is on PATH. Each
/// run gets its own temporary folder holding a copy of the input, the output and a private
/// LibreOffice profile (so it neither waits for nor disturbs an office the user has open), removed
/// afterwards; a run that hangs is killed after <see cref="Timeout"/>.
/// </summary>
internal sealed class OfficeConverter(TimeSpan? timeout = null, Func<string?>? locate = null) : IOfficeConverter
{
    public TimeSpan Timeout { get; } = timeout ?? TimeSpan.FromMinutes(2);

    private readonly Func<string?> _locate = locate ?? FindSoffice;

    /// <summary>The soffice executable on PATH, or null.</summary>
    public static string? FindSoffice()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice"];
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    public byte[] ConvertToDocx(ReadOnlySpan<byte> content, string extension)
    {
        var soffice = _locate() ?? throw new InputException(FailureKind.UnsupportedFormat,
            $"reading {extension} needs LibreOffice (soffice on PATH): install it, or save the file as .docx");

        var work = Directory.CreateTempSubdirectory("pp-office-");
        try
        {
            var input = Path.Combine(work.FullName, "input" + extension);
            File.WriteAllBytes(input, content.ToArray());
            var outDir = Path.Combine(work.FullName, "out");
            Run(soffice, work.FullName, input, outDir, extension);
            var output = Path.Combine(outDir, "input.docx");
            if (!File.Exists(output))
                throw new InputException(FailureKind.UnsupportedFormat,
                    $"LibreOffice could not convert the {extension} file (corrupt, password-protected, or not a word-processor document)");
            return File.ReadAllBytes(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(FailureKind.UnsupportedFormat, $"converting the {extension} file with LibreOffice failed: {e.Message}");
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a temp folder left behind is harmless */ }
        }
    }

    private void Run(string soffice, string work, string input, string outDir, string extension)
    {
        var start = new ProcessStartInfo(soffice)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = work,
        };
        foreach (var argument in new[]
                 {
                     "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri,
                     "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                     "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir, input,
                 })
            start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InputException(FailureKind.UnsupportedFormat, $"cannot start LibreOffice to read {extension}: {e.Message}");
        }
        process.StandardInput.Close();
        // Drained so a chatty soffice cannot block on a full pipe.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { /* it ended just now */ }
            process.WaitForExit();
            throw new InputException(FailureKind.UnsupportedFormat,
                $"LibreOffice did not convert the {extension} file within {Timeout.TotalSeconds:0} s");
        }
        process.WaitForExit();
        _ = stdout.Result;
        _ = stderr.Result;
    }
}
