using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.Sqlite;

/// <summary>The migration contract on SQLite (a temporary file per class).</summary>
public sealed class SqliteMigrationTests(Providers.SqliteFixture fixture) : MigrationContract(fixture), IClassFixture<Providers.SqliteFixture>;
