using Npgsql;

namespace Perizinan.Storage.Tests.Providers;

/// <summary>
/// A throwaway database <c>perizinan_test_&lt;guid&gt;</c> on the server named by <c>PERIZINAN_POSTGRES</c> (see
/// <c>scripts/postgres.sh</c>), dropped afterwards. Missing variable: skipped, or failed under <c>CI=true</c>.
/// </summary>
public sealed class PostgreSqlFixture : ProviderFixture
{
    private readonly string _name = "perizinan_test_" + Guid.NewGuid().ToString("N");
    private string? _server;

    protected override StorageProvider Provider => StorageProvider.PostgreSql;

    protected override async Task<string?> CreateDatabaseAsync()
    {
        _server = Environment.GetEnvironmentVariable("PERIZINAN_POSTGRES");
        if (string.IsNullOrWhiteSpace(_server))
        {
            const string Reason = "PERIZINAN_POSTGRES is not set (run scripts/postgres.sh and export its last line)";
            if (OnCi)
            {
                FailReason = Reason + "; CI must run the PostgreSQL contract tests";
            }
            else
            {
                SkipReason = Reason;
            }

            _server = null;
            return null;
        }

        await using (var connection = new NpgsqlConnection(_server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_server) { Database = _name, MaxPoolSize = 50 }.ToString();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_server is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
