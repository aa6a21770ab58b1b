namespace Perizinan.Cli.Tests;

/// <summary>A package made by <c>perizinan new</c> in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class ScaffoldedPackage : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "perizinan-cli-tests", Guid.NewGuid().ToString("N"));

    public ScaffoldedPackage(string id = "izin-contoh")
    {
        NewRun = CliRun.Of("new", id, "--into", _root);
        Path = System.IO.Path.Combine(_root, id, "1.0.0");
    }

    /// <summary>The run of <c>perizinan new</c> that made it.</summary>
    public CliRun NewRun { get; }

    /// <summary>The package folder.</summary>
    public string Path { get; }

    /// <summary>Appends text to one of the package's files.</summary>
    public void Append(string file, string text) => File.AppendAllText(System.IO.Path.Combine(Path, file), text);

    /// <summary>Replaces one of the package's files.</summary>
    public void Write(string file, string text) => File.WriteAllText(System.IO.Path.Combine(Path, file), text);

    /// <summary>The line number (from 1) of the line of <paramref name="file"/> that is exactly <paramref name="text"/>.</summary>
    public int LineOf(string file, string text) =>
        Array.IndexOf(File.ReadAllLines(System.IO.Path.Combine(Path, file)), text) is var i and >= 0
            ? i + 1
            : throw new InvalidOperationException($"'{text}' is not a line of {file}");

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
