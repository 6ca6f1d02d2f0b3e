using PolicyParse.Model;

namespace PolicyParse;

/// <summary>Either a parsed notice or the reason the input could not be read: parsing never throws for a bad input.</summary>
public sealed record ParseResult(NoticeDocument? Document, ParseFailure? Failure)
{
    /// <summary>A parsed notice (which may still carry warnings and no tasks).</summary>
    public static ParseResult Success(NoticeDocument document) => new(document, null);

    /// <summary>An input that could not be read, named as the caller named it.</summary>
    public static ParseResult Fail(string name, FailureKind kind, string message) => new(null, new ParseFailure(name, kind, message));
}

/// <summary>Why an input could not be read, as one line for a person.</summary>
/// <param name="Name">The input as the caller named it (a path, or a name given with a stream).</param>
public sealed record ParseFailure(string Name, FailureKind Kind, string Message);

/// <summary>Why an input could not be read. The CLI maps each kind to its own exit code.</summary>
public enum FailureKind
{
    /// <summary>The path does not exist, is a directory, or cannot be opened.</summary>
    Unreadable,
    /// <summary>The file is empty or holds no text.</summary>
    Empty,
    /// <summary>The extension or the content is not a format PolicyParse reads.</summary>
    UnsupportedFormat,
    /// <summary>The bytes cannot be decoded as text in any supported encoding.</summary>
    UnknownEncoding,
}

