using System.Runtime.InteropServices;

namespace PolicyParse.Serialization;

/// <summary>
/// Makes many written files durable with one call instead of one <c>fsync</c> each. A batch that
/// flushed each of its thousands of outputs spent a third of its wall time waiting on the disk
/// (≈ 3 ms a file); on Linux, <c>syncfs</c> on any one of them flushes the whole file system once.
/// </summary>
public static class FileSystemSync
{
    /// <summary>
    /// True where <see cref="TrySync"/> can flush a whole file system; elsewhere writers keep
    /// flushing each file as they commit it.
    /// </summary>
    public static bool IsAvailable => OperatingSystem.IsLinux();

    /// <summary>
    /// Flushes every file of the file system that holds <paramref name="anyFileOnIt"/> to disk.
    /// Returns false (and flushes nothing) when that is not possible here or the call failed.
    /// </summary>
    public static bool TrySync(string anyFileOnIt)
    {
        if (!IsAvailable) return false;
        try
        {
            using var handle = File.OpenHandle(anyFileOnIt, FileMode.Open, FileAccess.Read);
            return SyncFs((int)handle.DangerousGetHandle()) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable, so no marshalling code is
    // generated either way, and LibraryImport would need the assembly compiled with unsafe code.
    [DllImport("libc", EntryPoint = "syncfs", ExactSpelling = true)]
    private static extern int SyncFs(int fileDescriptor);
}
