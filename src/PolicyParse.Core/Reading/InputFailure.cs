namespace PolicyParse.Reading;

/// <summary>A bad input, reported as one line naming the problem.</summary>
internal sealed class InputException(FailureKind kind, string message) : Exception(message)
{
    public FailureKind Kind { get; } = kind;
}
