namespace PolicyParse.Serialization;

/// <summary>
/// Turns a file-system failure while writing an output into a message about the user's file:
/// the runtime's own messages name the temporary file and say "Could not find a part of the path".
/// </summary>
internal static partial class OutputErrors
{
    // A temporary file's name in a runtime message: the user knows the output by its own name.
    [System.Text.RegularExpressions.GeneratedRegex(@"\S*\.pp-[0-9a-f]{8}\.tmp'?")]
    private static partial System.Text.RegularExpressions.Regex TempName { get; }

    public static void Describing(string target, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException(Describe(target, e), e);
        }
    }

    private static string Describe(string target, Exception e)
    {
        var directory = Path.GetDirectoryName(target) ?? ".";
        return e switch
        {
            UnauthorizedAccessException => $"permission denied in {directory}",
            PathTooLongException => "the name is too long for the file system",
            DirectoryNotFoundException => $"cannot create the folder {directory}",
            _ when Directory.Exists(target) => "is a folder; give a file name",
            _ when File.Exists(directory) => $"{directory} is a file, not a folder",
            // Other messages (disk full, read-only file system) say what happened; strip any temp name.
            _ => TempName.Replace(e.Message, "the output"),
        };
    }
}
