namespace Perizinan.Queue.Tests.Support;

/// <summary>Where the repository and the worker process's build output are.</summary>
public static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The worker process's dll, built in the same configuration as these tests.</summary>
    public static string WorkerProcessDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var path = Path.Combine(RepositoryRoot, "tests", "Perizinan.Queue.WorkerProcess", "bin", configuration, "net10.0", "Perizinan.Queue.WorkerProcess.dll");
            Assert.True(File.Exists(path), $"{path} is missing: build tests/Perizinan.Queue.Tests first (it builds the worker process)");
            return path;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Perizinan.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Perizinan.sln not found above " + AppContext.BaseDirectory);
    }
}
