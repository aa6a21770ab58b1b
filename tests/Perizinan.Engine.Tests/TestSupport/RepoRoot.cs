namespace Perizinan.Engine.Tests.TestSupport;

/// <summary>The repository's root: the nearest folder above the test binaries that holds <c>Perizinan.sln</c>.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>The package folders of the samples (<c>samples/forms/&lt;id&gt;/&lt;version&gt;</c>), in ordinal order.</summary>
    public static IReadOnlyList<string> SamplePackages()
    {
        var forms = System.IO.Path.Combine(Path, "samples", "forms");
        return Directory.GetDirectories(forms)
            .SelectMany(Directory.GetDirectories)
            .Select(d => System.IO.Path.GetRelativePath(forms, d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Perizinan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Perizinan.sln above {AppContext.BaseDirectory}.");
    }
}
