using System.Data.Common;
using Dapper;
using Microsoft.Data.SqlClient;

namespace Perizinan.Storage.Sql;

/// <summary>SQL Server: <c>UPDLOCK, ROWLOCK</c> row locks, leasing with <c>READPAST</c>, <c>sp_getapplock</c> for migrations.</summary>
internal sealed class SqlServerDialect : SqlDialect
{
    public override string Name => "sqlserver";

    public override StorageProvider Provider => StorageProvider.SqlServer;

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public override string SelectForUpdate(string columns, string table, string where) =>
        $"SELECT {columns} FROM {table} WITH (UPDLOCK, ROWLOCK) WHERE {where}";

    public override string InsertIfMissing(string table, string columns, string values, string keyWhere) =>
        $"INSERT INTO {table} ({columns}) SELECT {values} WHERE NOT EXISTS (SELECT 1 FROM {table} WITH (UPDLOCK, HOLDLOCK) WHERE {keyWhere})";

    public override string NextCounter =>
        "MERGE registration_counters WITH (HOLDLOCK) AS c "
        + "USING (SELECT @tenant AS tenant_id, @prefix AS prefix, @year AS year) AS s "
        + "ON c.tenant_id = s.tenant_id AND c.prefix = s.prefix AND c.year = s.year "
        + "WHEN MATCHED THEN UPDATE SET value = c.value + 1 "
        + "WHEN NOT MATCHED THEN INSERT (tenant_id, prefix, year, value) VALUES (s.tenant_id, s.prefix, s.year, 1) "
        + "OUTPUT inserted.value;";

    public override string Lease(bool byDestination) =>
        $"WITH ready AS (SELECT TOP (@max) * FROM queue_items WITH (UPDLOCK, READPAST, ROWLOCK) WHERE {Ready}"
        + (byDestination ? " AND destination = @destination" : string.Empty)
        + $" ORDER BY next_attempt_at, id) UPDATE ready SET {LeaseSet} OUTPUT "
        + string.Join(", ", QueueColumns.Split(", ").Select(c => "inserted." + c)) + ";";

    public override async Task AcquireMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "EXEC sp_getapplock @Resource = 'perizinan_migrations', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1",
            cancellationToken: cancellationToken)).ConfigureAwait(false);

    public override async Task ReleaseMigrationLockAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "EXEC sp_releaseapplock @Resource = 'perizinan_migrations', @LockOwner = 'Session'",
            cancellationToken: cancellationToken)).ConfigureAwait(false);

    public override string CreateMigrationsTable =>
        "IF OBJECT_ID(N'schema_migrations', N'U') IS NULL "
        + "CREATE TABLE schema_migrations (version int NOT NULL PRIMARY KEY, name nvarchar(200) NOT NULL, applied_at datetime2(7) NOT NULL)";
}
