using Microsoft.Data.SqlClient;

namespace Perizinan.Storage.Tests.Providers;

/// <summary>
/// A throwaway database on the server named by <c>PERIZINAN_SQLSERVER</c>, dropped afterwards; without the variable
/// every test is reported as skipped.
/// </summary>
public sealed class SqlServerFixture : ProviderFixture
{
    private readonly string _name = "perizinan_test_" + Guid.NewGuid().ToString("N");
    private string? _server;

    protected override StorageProvider Provider => StorageProvider.SqlServer;

    protected override async Task<string?> CreateDatabaseAsync()
    {
        _server = Environment.GetEnvironmentVariable("PERIZINAN_SQLSERVER");
        if (string.IsNullOrWhiteSpace(_server))
        {
            SkipReason = "PERIZINAN_SQLSERVER is not set: the SQL Server contract tests run when it holds a connection string";
            _server = null;
            return null;
        }

        await ExecuteAsync($"CREATE DATABASE [{_name}]");
        return new SqlConnectionStringBuilder(_server) { InitialCatalog = _name }.ToString();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_server is null)
        {
            return;
        }

        SqlConnection.ClearAllPools();
        await ExecuteAsync($"IF DB_ID('{_name}') IS NOT NULL BEGIN ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}]; END");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
