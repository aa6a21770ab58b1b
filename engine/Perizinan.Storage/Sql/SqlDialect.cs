using System.Data.Common;

namespace Perizinan.Storage.Sql;

/// <summary>
/// What differs between the providers: connections, parameter types, row locks, upserts, leasing and the migration
/// lock. Everything else is plain SQL shared by all three. Stateless and thread-safe.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The folder of the provider's migration scripts (<c>Migrations/&lt;name&gt;/</c>).</summary>
    public abstract string Name { get; }

    public abstract StorageProvider Provider { get; }

    public static SqlDialect For(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => new SqliteDialect(),
        StorageProvider.PostgreSql => new PostgreSqlDialect(),
        StorageProvider.SqlServer => new SqlServerDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider."),
    };

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Runs on every opened connection, before any command (SQLite's pragmas).</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A UTC instant as a parameter value.</summary>
    public TimeParameter Time(DateTimeOffset value) => new(value, Provider);

    /// <summary>A JSON text parameter as it is written into a JSON column.</summary>
    public virtual string Json(string parameter) => parameter;

    /// <summary><c>SELECT columns FROM table WHERE where</c>, locking the rows it reads until the transaction ends.</summary>
    public abstract string SelectForUpdate(string columns, string table, string where);

    /// <summary>Inserts a row unless one with the same key exists (no error, no change).</summary>
    public abstract string InsertIfMissing(string table, string columns, string values, string keyWhere);

    /// <summary>Increments the counter row <c>(@tenant, @prefix, @year)</c>, creating it at 1, and returns the new value.</summary>
    public abstract string NextCounter { get; }

    /// <summary>
    /// Leases up to <c>@max</c> ready queue items (optionally of <c>@destination</c>) to <c>@worker</c> with
    /// <c>@token</c> until <c>@until</c>, at <c>@now</c>, and returns the leased rows. Rows another transaction is
    /// leasing are skipped, never waited for and never returned twice.
    /// </summary>
    public abstract string Lease(bool byDestination);

    public abstract Task AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract string CreateMigrationsTable { get; }

    /// <summary>The condition shared by every lease: pending, due, and not under a live lease.</summary>
    protected const string Ready =
        "status = 'pending' AND next_attempt_at <= @now AND (leased_until IS NULL OR leased_until <= @now)";

    protected const string LeaseSet =
        "leased_by = @worker, lease_token = @token, leased_until = @until, updated_at = @now";

    protected const string QueueColumns =
        "tenant_id, id, submission_id, destination, status, attempts, next_attempt_at, leased_by, lease_token, leased_until, last_error, created_at, updated_at";
}
