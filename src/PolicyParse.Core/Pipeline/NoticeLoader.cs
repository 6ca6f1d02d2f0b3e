using PolicyParse.Model;
using PolicyParse.Output;
using PolicyParse.Reading;

namespace PolicyParse.Pipeline;

/// <summary>
/// Gets a <see cref="NoticeDocument"/> from either a notice in a supported format or a JSON
/// output of <c>extract</c> (recognised by its .json extension). Bad inputs come back as failures.
/// </summary>
public sealed class NoticeLoader(NoticeParser? parser = null)
{
    private readonly NoticeParser _parser = parser ?? new NoticeParser();

    public ExtractionResult Load(string path)
    {
        if (!Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            return _parser.ParseFile(path);
        try
        {
            return ExtractionResult.Success(JsonNoticeReader.Read(ReadBytes(path)));
        }
        catch (InputException e)
        {
            return ExtractionResult.Fail(path, e.Kind, e.Message);
        }
    }

    private static byte[] ReadBytes(string path)
    {
        if (Directory.Exists(path))
            throw new InputException(InputFailureKind.Unreadable, "is a directory, not a file");
        if (!File.Exists(path))
            throw new InputException(InputFailureKind.Unreadable, "no such file");
        try
        {
            var length = new FileInfo(path).Length;
            if (length > NoticeParser.MaxInputBytes)
                throw new InputException(InputFailureKind.UnsupportedFormat, $"the file is {length / (1024 * 1024)} MiB; extract outputs are far smaller (limit {NoticeParser.MaxInputBytes / (1024 * 1024)} MiB)");
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length == 0)
                throw new InputException(InputFailureKind.Empty, "the file is empty");
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(InputFailureKind.Unreadable, $"cannot read the file: {e.Message}");
        }
    }
}
