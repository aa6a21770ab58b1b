namespace Perizinan.Cli.Tests;

/// <summary>Finds the repository (the folder with <c>Perizinan.sln</c>) and its sample packages.</summary>
internal static class RepoRoot
{
    /// <summary>The repository's root folder.</summary>
    public static string Path { get; } = Find();

    /// <summary>The sample packages as <c>id/version</c>, sorted.</summary>
    public static IReadOnlyList<string> SamplePackages()
    {
        var forms = System.IO.Path.Combine(Path, "samples", "forms");
        return Directory.GetDirectories(forms)
            .SelectMany(Directory.GetDirectories)
            .Select(d => System.IO.Path.GetRelativePath(forms, d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The folder of a sample package given as <c>id/version</c>.</summary>
    public static string Sample(string package) => System.IO.Path.Combine(Path, "samples", "forms", package);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Perizinan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Perizinan.sln not found above " + AppContext.BaseDirectory);
    }
}
