using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.Sqlite;

/// <summary>The draft store contract on SQLite (a temporary file per class).</summary>
public sealed class SqliteDraftStoreTests(Providers.SqliteFixture fixture) : DraftStoreContract(fixture), IClassFixture<Providers.SqliteFixture>;
