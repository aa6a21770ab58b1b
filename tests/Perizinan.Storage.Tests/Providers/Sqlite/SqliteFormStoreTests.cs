using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.Sqlite;

/// <summary>The form store contract on SQLite (a temporary file per class).</summary>
public sealed class SqliteFormStoreTests(Providers.SqliteFixture fixture) : FormStoreContract(fixture), IClassFixture<Providers.SqliteFixture>;
