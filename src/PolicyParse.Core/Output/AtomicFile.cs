namespace PolicyParse.Output;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never a part:
/// the bytes go to a temporary file beside the target, which is then renamed over it.
/// </summary>
public static class AtomicFile
{
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
    public static PendingFile Begin(string path) => new(Path.GetFullPath(path));
}

/// <summary>A file being written atomically; see <see cref="AtomicFile.Begin"/>.</summary>
public sealed class PendingFile : IDisposable
{
    private readonly string _temp;
    private FileStream? _stream;

    internal PendingFile(string target)
    {
        Target = target;
        var directory = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(directory);
        _temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
    }

    /// <summary>The full path the file will have once committed.</summary>
    public string Target { get; }

    public Stream Stream => _stream ?? throw new InvalidOperationException("the file was already committed or discarded");

    /// <summary>Flushes to disk and renames the temporary file over the target.</summary>
    public void Commit()
    {
        var stream = _stream ?? throw new InvalidOperationException("the file was already committed or discarded");
        stream.Flush(flushToDisk: true);
        stream.Dispose();
        _stream = null;
        File.Move(_temp, Target, overwrite: true);
    }

    public void Dispose()
    {
        _stream?.Dispose();
        _stream = null;
        if (File.Exists(_temp)) File.Delete(_temp);
    }
}
