using PolicyParse.Serialization;

namespace PolicyParse.Tests.Serialization;

public sealed class FileSystemSyncTests
{
    [Fact]
    public void Syncs_the_file_system_of_a_written_file_on_linux()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pp-sync-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, "x");
            Assert.Equal(OperatingSystem.IsLinux(), FileSystemSync.TrySync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reports_failure_instead_of_throwing_for_a_missing_file()
    {
        Assert.False(FileSystemSync.TrySync(Path.Combine(Path.GetTempPath(), $"pp-missing-{Guid.NewGuid():N}", "x.json")));
    }
}
