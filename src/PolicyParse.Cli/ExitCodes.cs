using PolicyParse.Reading;

namespace PolicyParse.Cli;

/// <summary>Process exit codes; the README documents the same table.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>A bug: an unexpected exception. Please report it.</summary>
    public const int InternalError = 1;
    /// <summary><c>diff --exit-code</c> only: the task lists differ, as <c>git diff --exit-code</c> says it (same value as <see cref="InternalError"/>).</summary>
    public const int Differences = 1;
    /// <summary><c>diff --exit-code</c> only: an internal error, kept apart from <see cref="Differences"/> (70 is sysexits' EX_SOFTWARE).</summary>
    public const int DiffInternalError = 70;
    /// <summary>Bad command line: unknown option, missing argument, invalid value.</summary>
    public const int Usage = 2;
    /// <summary>The input is missing, a directory, or cannot be opened.</summary>
    public const int Unreadable = 3;
    /// <summary>The input's type or content is not a format PolicyParse reads (includes binary junk).</summary>
    public const int UnsupportedFormat = 4;
    /// <summary>The input is empty or its text encoding is unknown.</summary>
    public const int NoText = 5;
    /// <summary>The notice was read, but no task table was found or it could not be rebuilt. Metadata and sections are still written.</summary>
    public const int NoTaskTable = 6;
    /// <summary>The output could not be written.</summary>
    public const int OutputFailed = 7;
    /// <summary>batch: some inputs failed (or, with --fail-on warning, were converted with warnings). The others were converted.</summary>
    public const int BatchFailed = 8;
    /// <summary>batch: no input matched (an empty folder, or globs that select nothing): a CI job must not pass having converted nothing.</summary>
    public const int NoInputs = 9;
    /// <summary>units --unit: no unit of that name in the notices.</summary>
    public const int NoSuchUnit = 10;
    /// <summary>batch: interrupted (Ctrl+C) before the end; outputs already written are complete, the manifest is not updated.</summary>
    public const int Interrupted = 130;

    public static int For(FailureKind kind) => kind switch
    {
        FailureKind.Unreadable => Unreadable,
        FailureKind.UnsupportedFormat => UnsupportedFormat,
        FailureKind.Empty or FailureKind.UnknownEncoding => NoText,
        _ => InternalError,
    };
}
