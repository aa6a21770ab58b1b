using System.Text.Json;

namespace Perizinan.Host.Tests.Support;

/// <summary>The repository's sample packages and their scenario answers.</summary>
public static class Samples
{
    public static string Folder { get; } = FindFolder();

    /// <summary>Copies <c>samples/forms/ID/VERSION</c> into <c>INTO/ID/VERSION</c>.</summary>
    public static void CopyPackage(string id, string version, string into)
    {
        var source = Path.Combine(Folder, id, version);
        var target = Path.Combine(into, id, version);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    /// <summary>The answers of a sample scenario (<c>samples/forms/ID/1.0.0/scenarios/FILE</c>).</summary>
    public static JsonElement ScenarioAnswers(string id, string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, id, "1.0.0", "scenarios", file)));
        return document.RootElement.GetProperty("answers").Clone();
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "forms");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("samples/forms not found above " + AppContext.BaseDirectory);
    }
}
