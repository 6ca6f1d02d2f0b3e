namespace PolicyParse.Cli.Commands;

/// <summary>Whether an output path names the input file itself, so writing would destroy the input.</summary>
public static class SameFile
{
    public static bool Check(string input, string output)
    {
        if (!File.Exists(input) || !File.Exists(output)) return false;
        return string.Equals(Resolve(input), Resolve(output), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
            || SameInode(input, output);
    }

    /// <summary>The full path with symbolic links resolved, in the file's folder as well as the file itself.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target) full = target.FullName;
        var directory = Path.GetDirectoryName(full);
        if (directory is null) return full;
        return Path.Combine(ResolveDirectory(directory), Path.GetFileName(full));
    }

    private static string ResolveDirectory(string directory)
    {
        var parent = Path.GetDirectoryName(directory);
        var resolvedParent = parent is null ? directory : Path.Combine(ResolveDirectory(parent), Path.GetFileName(directory));
        return parent is not null && Directory.ResolveLinkTarget(resolvedParent, returnFinalTarget: true) is { } target
            ? target.FullName
            : resolvedParent;
    }

    /// <summary>
    /// Hard links share an inode but not a path. .NET has no inode API; a file's identity shows when
    /// both names see the same change of their timestamps. This is cheap and leaves the content alone.
    /// </summary>
    private static bool SameInode(string input, string output)
    {
        try
        {
            var before = File.GetLastAccessTimeUtc(output);
            var probe = before == DateTime.UnixEpoch.AddSeconds(1) ? DateTime.UnixEpoch.AddSeconds(2) : DateTime.UnixEpoch.AddSeconds(1);
            var inputBefore = File.GetLastAccessTimeUtc(input);
            File.SetLastAccessTimeUtc(input, probe);
            var same = File.GetLastAccessTimeUtc(output) == probe;
            File.SetLastAccessTimeUtc(input, inputBefore);
            return same;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
