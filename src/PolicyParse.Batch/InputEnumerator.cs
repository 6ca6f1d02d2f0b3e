using Microsoft.Extensions.FileSystemGlobbing;

namespace PolicyParse.Batch;

/// <summary>
/// One file found by <see cref="InputEnumerator"/>. <see cref="RelativePath"/> uses '/' separators.
/// <see cref="Rejection"/> is set when the input must fail without being read (see the enumerator).
/// <see cref="OutputStem"/> is the relative path its outputs take before their extension
/// (<c>dir/a</c>, or <c>dir/a.txt</c> when another input of the folder has the stem <c>a</c>).
/// </summary>
public sealed record BatchInput(string RelativePath, string FullPath, string? Rejection = null, string? OutputStem = null);

/// <summary>
/// Walks a folder recursively and yields the files the globs select, in ordinal order of their
/// relative paths. It streams: each directory is listed and sorted on its own, and the walk visits
/// siblings so that the concatenation is globally sorted (a directory sorts as its name plus '/').
/// Memory is bounded by the widest directory, not by the number of files.
/// </summary>
public sealed class InputEnumerator
{
    /// <summary>The formats the parser reads.</summary>
    public static IReadOnlyList<string> DefaultIncludes { get; } = ["**/*.txt", "**/*.docx", "**/*.pdf", "**/*.html", "**/*.htm", "**/*.doc", "**/*.wps", "**/*.rtf"];

    private readonly string _root;
    private readonly Matcher _matcher;
    private readonly string? _skipDirectory;

    /// <param name="root">The folder to walk.</param>
    /// <param name="include">Globs relative to <paramref name="root"/>; empty means <see cref="DefaultIncludes"/>. Matching ignores case, so *.TXT files are found too.</param>
    /// <param name="exclude">Globs removing files the includes selected.</param>
    /// <param name="skipDirectory">A folder never walked: the output folder when it lies inside the input folder.</param>
    public InputEnumerator(string root, IReadOnlyList<string> include, IReadOnlyList<string> exclude, string? skipDirectory = null)
    {
        _root = Path.GetFullPath(root);
        _matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        _matcher.AddIncludePatterns(include.Count > 0 ? include : DefaultIncludes);
        _matcher.AddExcludePatterns(exclude);
        _skipDirectory = skipDirectory is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(skipDirectory));
    }

    /// <summary>
    /// The selected files, sorted. Files of one folder that differ only in extension (a.txt, a.docx:
    /// one notice in several formats) keep their extension in their outputs' names (a.txt.json,
    /// a.docx.json), so a folder converts on the first try. Should a name still be taken (a.txt.txt
    /// beside a.txt and a.docx), the later input is rejected, naming the first. A folder that cannot
    /// be listed is yielded as a rejected input. Symbolic links to folders are not followed (no cycles).
    /// </summary>
    public IEnumerable<BatchInput> Enumerate() => Walk(_root, "");

    private IEnumerable<BatchInput> Walk(string directory, string prefix)
    {
        var (entries, error) = List(directory);
        if (error is not null)
        {
            yield return new BatchInput(prefix.Length == 0 ? "." : prefix, directory, $"cannot list the folder: {error}");
            yield break;
        }

        // Output stems already taken in this folder, case-insensitively since outputs may be copied to
        // a case-insensitive file system. The folder is listed whole already, so the stems shared by
        // several selected files are known before the first of them is yielded.
        var stems = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var shared = entries
            .Where(e => e is not DirectoryInfo && _matcher.Match(_root, prefix + e.Name).HasMatches)
            .GroupBy(e => Path.GetFileNameWithoutExtension(e.Name), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var relative = prefix + entry.Name;
            if (entry is DirectoryInfo subdirectory)
            {
                if (subdirectory.LinkTarget is not null || string.Equals(subdirectory.FullName, _skipDirectory, StringComparison.Ordinal))
                    continue;
                foreach (var input in Walk(subdirectory.FullName, relative + "/"))
                    yield return input;
            }
            else if (_matcher.Match(_root, relative).HasMatches)
            {
                var stem = Path.GetFileNameWithoutExtension(entry.Name);
                if (shared.Contains(stem)) stem = entry.Name;
                var clash = stems.TryAdd(stem, relative) ? null : $"its outputs would overwrite those of {stems[stem]}; rename one of them";
                yield return new BatchInput(relative, entry.FullName, clash, prefix + stem);
            }
        }
    }

    private static (List<FileSystemInfo> Entries, string? Error) List(string directory)
    {
        try
        {
            var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().ToList();
            entries.Sort((a, b) => string.CompareOrdinal(SortKey(a), SortKey(b)));
            return (entries, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], e.Message);
        }
    }

    // Every path under folder "d" starts with "d/", so sorting siblings by this key sorts whole paths.
    private static string SortKey(FileSystemInfo entry) => entry is DirectoryInfo ? entry.Name + "/" : entry.Name;
}
