using System.Data.Common;
using Dapper;
using Npgsql;

namespace Perizinan.Storage.Sql;

/// <summary>PostgreSQL: row locks with <c>FOR UPDATE</c>, leasing with <c>SKIP LOCKED</c>, an advisory lock for migrations.</summary>
internal sealed class PostgreSqlDialect : SqlDialect
{
    /// <summary>The advisory lock key of the migration runner (an arbitrary constant: "PZRMIGR" in ASCII).</summary>
    private const long MigrationLockKey = 0x505A524D494752;

    public override string Name => "postgresql";

    public override StorageProvider Provider => StorageProvider.PostgreSql;

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override string Json(string parameter) => $"CAST({parameter} AS jsonb)";

    public override string SelectForUpdate(string columns, string table, string where) =>
        $"SELECT {columns} FROM {table} WHERE {where} FOR UPDATE";

    public override string InsertIfMissing(string table, string columns, string values, string keyWhere) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) ON CONFLICT DO NOTHING";

    public override string NextCounter =>
        "INSERT INTO registration_counters (tenant_id, prefix, year, value) VALUES (@tenant, @prefix, @year, 1) "
        + "ON CONFLICT (tenant_id, prefix, year) DO UPDATE SET value = registration_counters.value + 1 RETURNING value";

    public override string Lease(bool byDestination) =>
        $"UPDATE queue_items SET {LeaseSet} WHERE id IN (SELECT id FROM queue_items WHERE {Ready}"
        + (byDestination ? " AND destination = @destination" : string.Empty)
        + $" ORDER BY next_attempt_at, id LIMIT @max FOR UPDATE SKIP LOCKED) RETURNING {QueueColumns}";

    public override async Task AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);

    public override async Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);

    public override string CreateMigrationsTable =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer NOT NULL PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)";
}
