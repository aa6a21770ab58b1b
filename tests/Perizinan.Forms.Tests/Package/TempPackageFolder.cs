namespace Perizinan.Forms.Tests.Package;

/// <summary>A package written to a fresh temporary folder <c>…/&lt;id&gt;/&lt;version&gt;/</c>, deleted on dispose.</summary>
internal sealed class TempPackageFolder : IDisposable
{
    private readonly string _root;

    public TempPackageFolder(string idFolder, string versionFolder, IReadOnlyDictionary<string, string> files)
    {
        _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "perizinan-tests", Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(_root, idFolder, versionFolder);
        Directory.CreateDirectory(Path);
        foreach (var (name, text) in files)
        {
            Write(name, System.Text.Encoding.UTF8.GetBytes(text));
        }
    }

    /// <summary>The package folder (the version folder).</summary>
    public string Path { get; }

    public void Write(string name, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
