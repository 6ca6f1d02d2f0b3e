using PolicyParse.Reading;

namespace PolicyParse.Cli.Commands;

/// <summary>Reading a notice piped in as <c>-</c>, with the size limit files have.</summary>
public static class StandardInput
{
    /// <summary>What messages and <c>source.path</c> call standard input.</summary>
    public const string Name = "<stdin>";

    public sealed record Content(byte[]? Bytes, InputException? Failure);

    public static Content Read(Func<Stream> open)
    {
        try
        {
            using var input = open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > InputFile.MaxBytes)
                    return new(null, new InputException(InputFailureKind.UnsupportedFormat,
                        $"the input is over {InputFile.MaxBytes / (1024 * 1024)} MiB; notices are far smaller"));
            }
            return new(buffer.ToArray(), null);
        }
        catch (IOException e)
        {
            return new(null, new InputException(InputFailureKind.Unreadable, $"cannot read standard input: {e.Message}"));
        }
    }
}
