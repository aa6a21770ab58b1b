using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.Sqlite;

/// <summary>The queue store contract on SQLite (a temporary file per class).</summary>
public sealed class SqliteQueueStoreTests(Providers.SqliteFixture fixture) : QueueStoreContract(fixture), IClassFixture<Providers.SqliteFixture>;
