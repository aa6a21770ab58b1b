namespace Perizinan.Storage.Forms;

/// <summary>Reads a package folder into the file map that <see cref="IFormStore.PublishAsync"/> takes. Thread-safe.</summary>
public static class PackageFolder
{
    /// <summary>
    /// The package files of a folder by relative path with <c>/</c>: <c>form.json</c>, <c>schema.json</c>,
    /// <c>rules.pzr</c>, <c>functions.js</c> and <c>scenarios/*.json</c>, whichever exist.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "form.json", "schema.json", "rules.pzr", "functions.js" })
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                files[name] = File.ReadAllText(path);
            }
        }

        var scenarios = Path.Combine(directory, "scenarios");
        if (Directory.Exists(scenarios))
        {
            foreach (var path in Directory.EnumerateFiles(scenarios, "*.json"))
            {
                files["scenarios/" + Path.GetFileName(path)] = File.ReadAllText(path);
            }
        }

        return files;
    }
}
