using Microsoft.Data.Sqlite;

namespace Perizinan.Storage.Tests.Providers;

/// <summary>A temporary SQLite file per test class.</summary>
public sealed class SqliteFixture : ProviderFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "perizinan-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override StorageProvider Provider => StorageProvider.Sqlite;

    protected override Task<string?> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.FromResult<string?>(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "perizinan.db") }.ToString());
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
