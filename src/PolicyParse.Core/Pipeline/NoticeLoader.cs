using PolicyParse.Model;
using PolicyParse.Serialization;
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
            return ExtractionResult.Success(JsonNoticeReader.Read(InputFile.ReadBytes(path)));
        }
        catch (InputException e)
        {
            return ExtractionResult.Fail(path, e.Kind, e.Message);
        }
        catch (NoticeJsonException e)
        {
            return ExtractionResult.Fail(path, InputFailureKind.UnsupportedFormat, e.Message);
        }
    }
}
