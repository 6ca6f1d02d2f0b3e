namespace PolicyParse.Serialization;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never a part:
/// the bytes go to a temporary file beside the target, which is then renamed over it.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes the file through <paramref name="write"/> and publishes it whole, or not at all when it throws.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        using var file = Begin(path);
        write(file.Stream);
        file.Commit();
    }

    /// <summary>
    /// Opens a temporary file beside <paramref name="path"/>. Write to <see cref="PendingFile.Stream"/>,
    /// then <see cref="PendingFile.Commit"/>; disposing without committing deletes the temporary file.
    /// Lets a caller render several outputs first and publish them only when all succeeded.
    /// </summary>
    public static PendingFile Begin(string path)
    {
        if (path.Length == 0) throw new IOException("the output path is empty");
        if (Directory.Exists(path) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar))
            throw new IOException("is a folder; give a file name, e.g. -o folder/notice.json");
        var full = Path.GetFullPath(path);
        if (IsDevice(full)) return new PendingFile(full, direct: true);
        // A symbolic link is followed: the file it names is replaced, the link itself stays.
        if (new FileInfo(full).LinkTarget is not null && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target)
            full = target.FullName;
        return new PendingFile(full, direct: IsDevice(full));
    }

    /// <summary>
    /// /dev/null, /dev/stdout and the like cannot be replaced by a rename (and must not be): they
    /// are written through. .NET does not expose the file type, so this goes by where they live.
    /// </summary>
    private static bool IsDevice(string fullPath) =>
        !OperatingSystem.IsWindows() && (fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal));
}

/// <summary>A file being written atomically; see <see cref="AtomicFile.Begin"/>.</summary>
public sealed class PendingFile : IDisposable
{
    private readonly string? _temp; // null when writing straight through to a device
    private FileStream? _stream;

    internal PendingFile(string target, bool direct)
    {
        Target = target;
        if (direct)
        {
            _stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            return;
        }
        var directory = Path.GetDirectoryName(target) ?? ".";
        string? temp = null;
        OutputErrors.Describing(target, () =>
        {
            Directory.CreateDirectory(directory);
            // A short name of its own rather than one derived from the target's: any name valid for
            // the target (up to 255 bytes, e.g. 80 Chinese characters) leaves room for it. The name
            // only has to be free, not secret: CreateNew refuses a taken one and another is drawn.
            // (A cryptographic draw cost more than writing the whole output.)
            for (var attempt = 0; ; attempt++)
            {
                temp = Path.Combine(directory, $".pp-{Random.Shared.Next():x8}.tmp");
                try
                {
                    _stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                    return;
                }
                catch (IOException) when (attempt < 16 && File.Exists(temp))
                {
                }
            }
        });
        _temp = temp;
    }

    /// <summary>The full path the file will have once committed.</summary>
    public string Target { get; }

    /// <summary>Where the content goes until <see cref="Commit"/>.</summary>
    public Stream Stream => _stream ?? throw new InvalidOperationException("the file was already committed or discarded");

    /// <summary>
    /// Renames the temporary file over the target, after flushing it to disk unless
    /// <paramref name="flushToDisk"/> is false: a caller that commits many files can flush them all
    /// at once afterwards (<see cref="FileSystemSync"/>).
    /// </summary>
    public void Commit(bool flushToDisk = true)
    {
        var stream = _stream ?? throw new InvalidOperationException("the file was already committed or discarded");
        stream.Flush(flushToDisk: flushToDisk && _temp is not null);
        stream.Dispose();
        _stream = null;
        if (_temp is { } temp) OutputErrors.Describing(Target, () => File.Move(temp, Target, overwrite: true));
    }

    /// <summary>Discards the temporary file unless it was committed.</summary>
    public void Dispose()
    {
        _stream?.Dispose();
        _stream = null;
        if (_temp is not null && File.Exists(_temp)) File.Delete(_temp);
    }
}
