namespace PolicyParse.Reading;

/// <summary>Reading an input file's bytes, with the checks every command makes, as typed failures.</summary>
public static class InputFile
{
    /// <summary>Larger files are not notices (nor extract outputs); refusing them bounds memory and time.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <exception cref="InputException">The path is a directory or does not exist.</exception>
    public static void CheckExists(string path)
    {
        if (Directory.Exists(path))
            throw new InputException(InputFailureKind.Unreadable, "is a directory, not a file");
        if (!File.Exists(path))
            throw new InputException(InputFailureKind.Unreadable, "no such file");
    }

    /// <exception cref="InputException">The file is missing, unreadable, too large or empty.</exception>
    public static byte[] ReadBytes(string path)
    {
        CheckExists(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
                throw new InputException(InputFailureKind.UnsupportedFormat, $"the file is {length / (1024 * 1024)} MiB; notices are far smaller (limit {MaxBytes / (1024 * 1024)} MiB)");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(InputFailureKind.Unreadable, $"cannot read the file: {e.Message}");
        }
        if (bytes.Length == 0)
            throw new InputException(InputFailureKind.Empty, "the file is empty");
        return bytes;
    }
}
