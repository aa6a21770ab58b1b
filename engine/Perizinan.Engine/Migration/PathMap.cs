using Perizinan.Forms.Package;

namespace Perizinan.Engine.Migration;

/// <summary>
/// Where a field of the earlier version goes, by one <see cref="MigrationDeclaration"/>: the most specific rename or
/// drop that covers its path decides (a rename of <c>papan</c> covers <c>papan[].luas</c>); no cover means the same
/// path. Immutable.
/// </summary>
internal sealed class PathMap(MigrationDeclaration declaration)
{
    /// <summary>The new field path (rows as <c>[]</c>), or <c>null</c> when the field is dropped.</summary>
    public string? Map(string fieldPath)
    {
        FieldRename? rename = null;
        foreach (var candidate in declaration.Renames)
        {
            if (Covers(candidate.From, fieldPath) && (rename is null || candidate.From.Length > rename.From.Length))
            {
                rename = candidate;
            }
        }

        var drop = declaration.Drops.Where(d => Covers(d, fieldPath)).MaxBy(d => d.Length);
        if (drop is not null && (rename is null || drop.Length > rename.From.Length))
        {
            return null;
        }

        return rename is null ? fieldPath : rename.To + fieldPath[rename.From.Length..];
    }

    private static bool Covers(string prefix, string path) =>
        path.StartsWith(prefix, StringComparison.Ordinal)
        && (path.Length == prefix.Length || path[prefix.Length] == '.' || path.AsSpan(prefix.Length).StartsWith("[]"));
}
