namespace PolicyParse.Reading;

/// <summary>Why an input could not be read. The CLI maps each kind to its own exit code.</summary>
public enum InputFailureKind
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

/// <summary>A bad input, reported as one line naming the problem.</summary>
public sealed class InputException(InputFailureKind kind, string message) : Exception(message)
{
    public InputFailureKind Kind { get; } = kind;
}
