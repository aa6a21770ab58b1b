using Microsoft.Extensions.Options;

namespace Perizinan.Host.Configuration;

/// <summary>The folders the host uses, resolved once against the content root.</summary>
internal sealed class HostPaths(IOptions<PerizinanOptions> options, IWebHostEnvironment environment)
{
    /// <summary>The data folder (created when missing).</summary>
    public string Data { get; } = Directory.CreateDirectory(Path.GetFullPath(options.Value.DataFolder, environment.ContentRootPath)).FullName;

    /// <summary>A path inside the data folder, unless <paramref name="path"/> is absolute.</summary>
    public string InData(string path) => Path.GetFullPath(path, Data);

    /// <summary>
    /// The folders of packages to publish that exist. A relative folder is looked for in the content root, then in each
    /// parent (so <c>samples/forms</c> is found from the repository root and from <c>host/Perizinan.Host</c> alike).
    /// </summary>
    public IReadOnlyList<string> PublishFolders() =>
        options.Value.PublishFolders.Select(Find).OfType<string>().ToList();

    /// <summary>Whether the package folder <c>…/&lt;id&gt;/&lt;version&gt;</c> belongs to a form excluded from publishing at start.</summary>
    public bool IsExcluded(string packageFolder) =>
        options.Value.PublishExclude.Contains(Path.GetFileName(Path.GetDirectoryName(packageFolder)) ?? string.Empty, StringComparer.Ordinal);

    private string? Find(string folder)
    {
        if (Path.IsPathRooted(folder))
        {
            return Directory.Exists(folder) ? folder : null;
        }

        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
