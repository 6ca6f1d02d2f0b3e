namespace PolicyParse.Reading;

/// <summary>Reading an input file's bytes, with the checks every command makes, as typed failures.</summary>
internal static class InputFile
{
    /// <summary>Larger files are not notices (nor extract outputs); refusing them bounds memory and time.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <exception cref="InputException">The path is a directory or does not exist.</exception>
    public static void CheckExists(string path)
    {
        if (Directory.Exists(path))
            throw new InputException(FailureKind.Unreadable, "is a directory, not a file");
        if (!File.Exists(path))
            throw new InputException(FailureKind.Unreadable, "no such file");
    }

    /// <exception cref="InputException">The file is missing, unreadable, too large or empty.</exception>
    public static byte[] ReadBytes(string path, long maxBytes = MaxBytes)
    {
        CheckExists(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
                throw TooLarge(length, maxBytes);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(FailureKind.Unreadable, $"cannot read the file: {e.Message}");
        }
        if (bytes.Length == 0)
            throw new InputException(FailureKind.Empty, "the file is empty");
        return bytes;
    }

    /// <summary>Reads a stream to its end, refusing more than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InputException">The stream fails, is too large or is empty.</exception>
    public static byte[] ReadBytes(Stream stream, long maxBytes = MaxBytes)
    {
        var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    throw TooLarge(buffer.Length + read, maxBytes);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InputException(FailureKind.Unreadable, $"cannot read the input: {e.Message}");
        }
        if (buffer.Length == 0)
            throw new InputException(FailureKind.Empty, "the input is empty");
        return buffer.ToArray();
    }

    private static InputException TooLarge(long length, long maxBytes) =>
        new(FailureKind.UnsupportedFormat, $"the input is over {Math.Max(1, length / (1024 * 1024))} MiB; notices are far smaller (limit {maxBytes / (1024 * 1024)} MiB)");
}
