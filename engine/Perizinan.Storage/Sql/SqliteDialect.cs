using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Perizinan.Storage.Sql;

/// <summary>
/// SQLite: one file, one writer at a time. Write transactions start with <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's
/// default), so they queue on the write lock instead of failing on upgrade; <c>busy_timeout</c> bounds the wait.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>
    /// Set on every opened connection (only <c>journal_mode</c> persists in the file). <c>synchronous=FULL</c> syncs
    /// the WAL on every commit: a registration number handed to a citizen as a receipt must survive a power loss,
    /// which <c>NORMAL</c> (the usual WAL setting) does not promise.
    /// </summary>
    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    public override string Name => "sqlite";

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(Pragmas, cancellationToken: cancellationToken)).ConfigureAwait(false);

    public override string SelectForUpdate(string columns, string table, string where) =>
        $"SELECT {columns} FROM {table} WHERE {where}";

    public override string InsertIfMissing(string table, string columns, string values, string keyWhere) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) ON CONFLICT DO NOTHING";

    public override string NextCounter =>
        "INSERT INTO registration_counters (tenant_id, prefix, year, value) VALUES (@tenant, @prefix, @year, 1) "
        + "ON CONFLICT (tenant_id, prefix, year) DO UPDATE SET value = registration_counters.value + 1 RETURNING value";

    public override string Lease(bool byDestination) =>
        $"UPDATE queue_items SET {LeaseSet} WHERE id IN (SELECT id FROM queue_items WHERE {Ready}"
        + (byDestination ? " AND destination = @destination" : string.Empty)
        + $" ORDER BY next_attempt_at, id LIMIT @max) RETURNING {QueueColumns}";

    // One writer at a time: each migration's BEGIN IMMEDIATE already excludes other processes.
    public override Task AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public override string CreateMigrationsTable =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
}
