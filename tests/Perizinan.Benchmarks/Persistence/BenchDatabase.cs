using Microsoft.Data.Sqlite;
using Npgsql;
using Perizinan.Storage;

namespace Perizinan.Benchmarks.Persistence;

/// <summary>
/// An empty database for one benchmark run: a new SQLite file in a temporary folder, or a new PostgreSQL database
/// <c>perizinan_bench_&lt;guid&gt;</c> on the server named by <c>PERIZINAN_POSTGRES</c>; removed on dispose.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _server;
    private readonly string? _name;

    private BenchDatabase(StorageProvider provider, string connectionString, string? folder, string? server, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _server = server;
        _name = name;
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    public string Label => Provider == StorageProvider.Sqlite ? "SQLite (WAL, synchronous=FULL)" : "PostgreSQL";

    /// <summary>The PostgreSQL server from <c>PERIZINAN_POSTGRES</c>, or <c>null</c>.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable("PERIZINAN_POSTGRES") is { Length: > 0 } server ? server : null;

    public static BenchDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "perizinan-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "perizinan.db") }.ToString();
        return new BenchDatabase(StorageProvider.Sqlite, connectionString, folder, null, null);
    }

    public static async Task<BenchDatabase> PostgresAsync(string server)
    {
        var name = "perizinan_bench_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 }.ToString();
        return new BenchDatabase(StorageProvider.PostgreSql, connectionString, null, server, name);
    }

    /// <summary>Storage options for this database: a personal data key (as a deployment must have), group commit as given.</summary>
    public StorageOptions Options(GroupCommitOptions? groupCommit) => new()
    {
        Provider = Provider,
        ConnectionString = ConnectionString,
        AttachmentFolder = Path.Combine(Path.GetTempPath(), "perizinan-bench-attachments"),
        PersonalDataKeys = { ["bench"] = Convert.ToBase64String(Enumerable.Range(7, 32).Select(i => (byte)i).ToArray()) },
        CurrentPersonalDataKeyId = "bench",
        GroupCommit = groupCommit,
    };

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }

        if (_server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
