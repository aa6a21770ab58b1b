using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// The checks of a loaded package that need more than the package: its folder (<c>PZP1014</c>), or what the compiled
/// rules do (<c>PZP1011</c>, <c>PZP1015</c>, which the engine calls after compiling <c>rules.pzr</c>). Stateless.
/// </summary>
internal static class PackageChecks
{
    /// <summary>
    /// Reports (<c>PZP1014</c>) when the package's folder is not named after its version, or the folder above it not
    /// after its id (<c>…/izin-reklame/1.0.0</c>).
    /// </summary>
    public static void CheckFolderName(FormPackage package, DiagnosticBag diagnostics)
    {
        string version;
        string id;
        try
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(package.Directory));
            version = Path.GetFileName(full);
            id = Path.GetFileName(Path.GetDirectoryName(full) ?? string.Empty);
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException)
        {
            return;
        }

        var manifest = package.Manifest;
        var positions = package.ManifestPointers.Positions;
        if (manifest.Version.Length > 0 && !string.Equals(version, manifest.Version, StringComparison.Ordinal))
        {
            diagnostics.Error(PackageDiagnostics.FolderMismatch, positions.At("/version"),
                $"Folder paket bernama \"{version}\", padahal versinya \"{manifest.Version}\": folder harus bernama menurut versi",
                $"The package folder is named \"{version}\" but the version is \"{manifest.Version}\": the folder must be named after the version");
        }

        if (manifest.Id.Length > 0 && !string.Equals(id, manifest.Id, StringComparison.Ordinal))
        {
            diagnostics.Error(PackageDiagnostics.FolderMismatch, positions.At("/id"),
                $"Folder di atas folder versi bernama \"{id}\", padahal id formulir \"{manifest.Id}\" (susunannya <id>/<versi>/)",
                $"The folder above the version folder is named \"{id}\" but the form id is \"{manifest.Id}\" (the layout is <id>/<version>/)");
        }
    }

    /// <summary>
    /// Reports (<c>PZP1011</c>) every field that the schema lists as <c>required</c> although a rule shows it, or a
    /// group or repeating group it is in: a hidden question can never be required, so such a field must be made
    /// required by a rule (<c>require</c>) instead.
    /// </summary>
    /// <param name="package">The loaded package.</param>
    /// <param name="conditionalPaths">The paths (rows as <c>[]</c>) of every field, group or repeat some rule <c>show</c>s.</param>
    /// <param name="diagnostics">Where to report.</param>
    public static void CheckSchemaRequiredNotConditional(FormPackage package, IReadOnlySet<string> conditionalPaths, DiagnosticBag diagnostics)
    {
        foreach (var info in package.Catalog.Infos.Where(i => i.SchemaRequired))
        {
            if (ShownBy(info.Path, conditionalPaths) is not { } shown)
            {
                continue;
            }

            var through = shown == info.Path ? string.Empty : $" (lewat \"{shown}\")";
            var throughEn = shown == info.Path ? string.Empty : $" (through \"{shown}\")";
            diagnostics.Error(PackageDiagnostics.RequiredButConditional, info.RequiredLocation ?? info.SchemaLocation,
                $"\"{info.Path}\" wajib (\"required\") di schema.json, padahal sebuah aturan menampilkannya{through}: hapus dari \"required\" dan tulis \"require {info.Path}\" di aturan itu",
                $"\"{info.Path}\" is \"required\" in schema.json, but a rule shows it{throughEn}: remove it from \"required\" and write \"require {info.Path}\" in that rule");
        }
    }

    /// <summary>Reports (warning <c>PZP1015</c>) every fee declared in <c>form.json</c> that no rule charges.</summary>
    /// <param name="package">The loaded package.</param>
    /// <param name="chargedFeeIds">The ids of the fees some rule charges (<c>fee ID = …</c>).</param>
    /// <param name="diagnostics">Where to report.</param>
    public static void CheckFeesUsed(FormPackage package, IReadOnlySet<string> chargedFeeIds, DiagnosticBag diagnostics)
    {
        foreach (var fee in package.Manifest.Fees.Where(f => f.Id.Length > 0 && !chargedFeeIds.Contains(f.Id)))
        {
            diagnostics.Warning(PackageDiagnostics.UnusedFee, package.ManifestPointers.At(fee, "id"),
                $"Biaya \"{fee.Id}\" dinyatakan di form.json tetapi tidak dikenakan oleh aturan mana pun",
                $"The fee \"{fee.Id}\" is declared in form.json but no rule charges it");
        }
    }

    /// <summary>The path itself, or the nearest group or repeat it is in, that some rule shows; or <c>null</c>.</summary>
    private static string? ShownBy(string path, IReadOnlySet<string> conditionalPaths)
    {
        if (conditionalPaths.Contains(path))
        {
            return path;
        }

        for (var dot = path.LastIndexOf('.'); dot > 0; dot = path.LastIndexOf('.', dot - 1))
        {
            var parent = path[..dot];
            if (parent.EndsWith("[]", StringComparison.Ordinal))
            {
                parent = parent[..^2];
            }

            if (conditionalPaths.Contains(parent))
            {
                return parent;
            }
        }

        return null;
    }
}
