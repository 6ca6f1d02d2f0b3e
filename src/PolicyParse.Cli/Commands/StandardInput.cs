namespace PolicyParse.Cli.Commands;

/// <summary>Reading a notice piped in as <c>-</c>, with the size bound files have.</summary>
public static class StandardInput
{
    /// <summary>What messages and <c>source.path</c> call standard input.</summary>
    public const string Name = "<stdin>";

    public sealed record Content(byte[]? Bytes, ParseFailure? Failure);

    public static Content Read(Func<Stream> open)
    {
        var limit = ParserOptions.Default.MaxInputBytes;
        try
        {
            using var input = open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > limit)
                    return Fail(FailureKind.UnsupportedFormat, $"the input is over {limit / (1024 * 1024)} MiB; notices are far smaller");
            }
            return buffer.Length == 0 ? Fail(FailureKind.Empty, "the input is empty") : new(buffer.ToArray(), null);
        }
        catch (IOException e)
        {
            return Fail(FailureKind.Unreadable, $"cannot read standard input: {e.Message}");
        }
    }

    private static Content Fail(FailureKind kind, string message) => new(null, new ParseFailure(Name, kind, message));
}
