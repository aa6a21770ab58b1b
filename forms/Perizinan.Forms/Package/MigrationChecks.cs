using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// The checks of <c>migrations</c> that need this version's fields: every rename's new path is a field, group or
/// repeating group of <c>schema.json</c> (<c>PZP1016</c>). The earlier version's paths cannot be checked here: that
/// version may not be at hand; the migration reports an old path that does not exist when it runs. Stateless.
/// </summary>
internal static class MigrationChecks
{
    public static void Check(FormManifest manifest, ManifestPointers pointers, FieldCatalog catalog, DiagnosticBag diagnostics)
    {
        foreach (var rename in manifest.Migrations.SelectMany(m => m.Renames))
        {
            if (!catalog.TryGetField(rename.To, out _))
            {
                diagnostics.Error(PackageDiagnostics.MigrationProblem, pointers.At(rename),
                    $"Nama baru \"{rename.To}\" (untuk \"{rename.From}\") tidak ada di schema.json",
                    $"The new path \"{rename.To}\" (for \"{rename.From}\") is not in schema.json");
            }
        }
    }
}
