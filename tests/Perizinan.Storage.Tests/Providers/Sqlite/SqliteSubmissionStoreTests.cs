using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.Sqlite;

/// <summary>The submission store contract on SQLite (a temporary file per class).</summary>
public sealed class SqliteSubmissionStoreTests(Providers.SqliteFixture fixture) : SubmissionStoreContract(fixture), IClassFixture<Providers.SqliteFixture>;
