using PolicyParse.Model;
using PolicyParse.Serialization;
using PolicyParse.Reading;

namespace PolicyParse.Pipeline;

/// <summary>
/// Gets a <see cref="NoticeDocument"/> from either a notice in a supported format or a JSON
/// output of <c>extract</c> (recognised by its .json extension). Bad inputs come back as failures.
/// </summary>
internal sealed class NoticeLoader(NoticeParser? parser = null)
{
    private readonly NoticeParser _parser = parser ?? new NoticeParser();

    public ParseResult Load(string path)
    {
        if (!Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
            return _parser.ParseFile(path);
        try
        {
            return ParseResult.Success(JsonNoticeReader.Read(InputFile.ReadBytes(path)));
        }
        catch (InputException e)
        {
            return ParseResult.Fail(path, e.Kind, e.Message);
        }
        catch (NoticeJsonException e)
        {
            return ParseResult.Fail(path, FailureKind.UnsupportedFormat, e.Message);
        }
    }
}
