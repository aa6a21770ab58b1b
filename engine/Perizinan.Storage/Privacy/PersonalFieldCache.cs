using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Privacy;

/// <summary>
/// The personal field paths of each published form version, by content hash (the same content has the same fields in
/// every tenant), loaded once from the package files in the form store. Thread-safe.
/// </summary>
internal sealed class PersonalFieldCache
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _byHash = new(StringComparer.Ordinal);

    /// <summary>The paths of the version with this content hash, read through <paramref name="unit"/> the first time.</summary>
    /// <exception cref="InvalidOperationException">The tenant has no form with this hash, or its package cannot be loaded.</exception>
    public async Task<IReadOnlySet<string>> GetAsync(Database.Unit unit, string tenant, string contentHash)
    {
        if (_byHash.TryGetValue(contentHash, out var cached))
        {
            return cached;
        }

        var row = await unit.QuerySingleOrNullAsync(
            "SELECT files FROM forms WHERE tenant_id = @tenant AND content_hash = @contentHash ORDER BY published_at",
            new { tenant, contentHash }).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No published form has the content hash {contentHash}: its personal fields are unknown.");
        var files = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Text("files")) ?? [];
        var diagnostics = new DiagnosticBag();
        var package = FormPackageLoader.LoadFromFiles(files, contentHash, diagnostics)
            ?? throw new InvalidOperationException($"The stored form {contentHash} cannot be loaded: its personal fields are unknown.");
        var paths = package.PersonalFieldPaths.ToFrozenSet(StringComparer.Ordinal);
        return _byHash.GetOrAdd(contentHash, paths);
    }
}
