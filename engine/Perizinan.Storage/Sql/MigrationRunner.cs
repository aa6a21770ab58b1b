using System.Globalization;
using System.Reflection;

namespace Perizinan.Storage.Sql;

/// <summary>
/// Applies the embedded migration scripts of a dialect that are not yet in <c>schema_migrations</c>, in version order,
/// each in its own transaction together with its <c>schema_migrations</c> row. Idempotent: running it again applies
/// nothing. Safe when several processes start together: PostgreSQL and SQL Server hold a session lock for the whole
/// run; SQLite's <c>BEGIN IMMEDIATE</c> serializes the writers and each script re-checks its version inside its
/// transaction.
/// </summary>
internal sealed class MigrationRunner(Database database)
{
    private const string ResourcePrefix = "Perizinan.Storage.Migrations.";

    /// <summary>The scripts of a dialect, in version order.</summary>
    public static IReadOnlyList<MigrationScript> Scripts(SqlDialect dialect)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var folder = ResourcePrefix + dialect.Name + "/";
        return assembly.GetManifestResourceNames()
            .Select(n => (Resource: n, Normalized: n.Replace('\\', '/')))
            .Where(n => n.Normalized.StartsWith(folder, StringComparison.Ordinal) && n.Normalized.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n.Resource, n.Normalized[folder.Length..^".sql".Length]))
            .OrderBy(s => s.Version)
            .ToList();
    }

    /// <summary>Applies what is missing; returns the versions applied by this call.</summary>
    public async Task<IReadOnlyList<int>> RunAsync(CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        var applied = new List<int>();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await dialect.AcquireMigrationLockAsync(connection, cancellationToken).ConfigureAwait(false);
            try
            {
                var unit = new Database.Unit(connection, null, cancellationToken);
                await unit.ExecuteAsync(dialect.CreateMigrationsTable).ConfigureAwait(false);
                foreach (var script in Scripts(dialect))
                {
                    if (await ApplyAsync(connection, script, cancellationToken).ConfigureAwait(false))
                    {
                        applied.Add(script.Version);
                    }
                }
            }
            finally
            {
                await dialect.ReleaseMigrationLockAsync(connection, CancellationToken.None).ConfigureAwait(false);
            }
        }

        return applied;
    }

    private async Task<bool> ApplyAsync(System.Data.Common.DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var unit = new Database.Unit(connection, transaction, cancellationToken);
            var present = await unit.ScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = @version", new { version = script.Version }).ConfigureAwait(false);
            if (present > 0)
            {
                return false;
            }

            await unit.ExecuteAsync(script.Sql).ConfigureAwait(false);
            await unit.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version = script.Version, name = script.Name, at = database.Dialect.Time(database.Now()) }).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    private static MigrationScript Read(Assembly assembly, string resource, string fileName)
    {
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(fileName[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration '{resource}' is not named '<version>_<name>.sql'.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration '{resource}' cannot be read.");
        using var reader = new StreamReader(stream);
        return new MigrationScript(version, fileName[(underscore + 1)..], reader.ReadToEnd());
    }
}
