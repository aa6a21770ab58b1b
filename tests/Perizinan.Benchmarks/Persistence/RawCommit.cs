using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Perizinan.Storage;

namespace Perizinan.Benchmarks.Persistence;

/// <summary>
/// The baseline: plain ADO.NET, one INSERT per transaction into <c>bench_raw</c>, a table of the same shape as
/// <c>submissions</c> (same columns, types, primary key and unique indexes), with a row of the same size. Each caller
/// keeps one open connection and one reused command (not server-prepared), so this is what the disk, the database and the driver allow per
/// durable commit, with none of the storage layer's work (pooling, Dapper, the draft lock, the registration counter,
/// queue items, history, audit chain, encryption).
/// </summary>
internal static class RawCommit
{
    private const string Columns =
        "tenant_id, id, draft_id, registration_number, form_id, form_version, content_hash, owner, answers, computed_values, fees, attachments, submitted_at";

    private const string SqliteTable =
        "CREATE TABLE bench_raw (tenant_id TEXT NOT NULL, id TEXT NOT NULL, draft_id TEXT NOT NULL, registration_number TEXT NOT NULL, "
        + "form_id TEXT NOT NULL, form_version TEXT NOT NULL, content_hash TEXT NOT NULL, owner TEXT NULL, answers TEXT NOT NULL, "
        + "computed_values TEXT NOT NULL, fees TEXT NOT NULL, attachments TEXT NOT NULL, submitted_at TEXT NOT NULL, PRIMARY KEY (tenant_id, id));"
        + "CREATE UNIQUE INDEX ux_bench_raw_draft ON bench_raw (tenant_id, draft_id);"
        + "CREATE UNIQUE INDEX ux_bench_raw_number ON bench_raw (tenant_id, registration_number);";

    private const string PostgresTable = "CREATE TABLE bench_raw (LIKE submissions INCLUDING ALL)";

    /// <summary>The last registration number used, across runs (the table keeps every run's rows).</summary>
    private static int _next;

    /// <summary>Creates the table (the storage's migrations must have run, for PostgreSQL's <c>LIKE submissions</c>).</summary>
    public static async Task CreateTableAsync(BenchDatabase database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = database.Provider == StorageProvider.Sqlite ? SqliteTable : PostgresTable;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Commits one row per transaction from <paramref name="callers"/> connections for <paramref name="duration"/>.</summary>
    public static async Task<LoadRun> MeasureAsync(BenchDatabase database, string answers, int callers, TimeSpan duration)
    {
        var connections = new List<(DbConnection Connection, DbCommand Insert)>();
        for (var i = 0; i < callers; i++)
        {
            var connection = await OpenAsync(database);
            connections.Add((connection, Insert(database.Provider, connection, answers)));
        }

        var free = new System.Collections.Concurrent.ConcurrentBag<(DbConnection Connection, DbCommand Insert)>(connections);
        try
        {
            return await LoadRun.MeasureAsync(callers, duration, async () =>
            {
                if (!free.TryTake(out var pair))
                {
                    throw new InvalidOperationException("More callers than connections.");
                }

                try
                {
                    await using var transaction = await pair.Connection.BeginTransactionAsync();
                    pair.Insert.Transaction = transaction;
                    var n = Interlocked.Increment(ref _next);
                    pair.Insert.Parameters["id"].Value = Guid.NewGuid().ToString("D");
                    pair.Insert.Parameters["draft_id"].Value = Guid.NewGuid().ToString("D");
                    pair.Insert.Parameters["registration_number"].Value = string.Create(CultureInfo.InvariantCulture, $"RAW-2026-{n:D6}");
                    await pair.Insert.ExecuteNonQueryAsync();
                    await transaction.CommitAsync();
                    return true;
                }
                finally
                {
                    free.Add(pair);
                }
            });
        }
        finally
        {
            foreach (var (connection, insert) in connections)
            {
                await insert.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }

    private static async Task<DbConnection> OpenAsync(BenchDatabase database)
    {
        DbConnection connection = database.Provider == StorageProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        if (database.Provider == StorageProvider.Sqlite)
        {
            // The storage's own settings (docs/storage.md, "Durability"), set once per connection.
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
            await pragmas.ExecuteNonQueryAsync();
        }

        return connection;
    }

    private static DbCommand Insert(StorageProvider provider, DbConnection connection, string answers)
    {
        var command = connection.CreateCommand();
        var json = provider == StorageProvider.Sqlite ? (Func<string, string>)(p => p) : p => $"CAST({p} AS jsonb)";
        command.CommandText =
            $"INSERT INTO bench_raw ({Columns}) VALUES (@tenant_id, @id, @draft_id, @registration_number, @form_id, @form_version, @content_hash, "
            + $"@owner, {json("@answers")}, {json("@computed_values")}, {json("@fees")}, {json("@attachments")}, @submitted_at)";
        var now = DateTime.UtcNow;
        object submittedAt = provider == StorageProvider.Sqlite
            ? now.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)
            : now;
        foreach (var (name, value) in new (string, object)[]
                 {
                     ("tenant_id", "raw"), ("id", ""), ("draft_id", ""), ("registration_number", ""), ("form_id", "izin-reklame"),
                     ("form_version", "1.0.0"), ("content_hash", new string('a', 64)), ("owner", "3275011505900003"), ("answers", answers),
                     ("computed_values", "{}"), ("fees", """{"total":0,"lines":[]}"""), ("attachments", "[]"), ("submitted_at", submittedAt),
                 })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
