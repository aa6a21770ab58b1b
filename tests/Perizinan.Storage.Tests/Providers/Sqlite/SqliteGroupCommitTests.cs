using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.Sqlite;

/// <summary>The group commit contract on SQLite (a temporary file per class).</summary>
public sealed class SqliteGroupCommitTests(Providers.SqliteFixture fixture) : GroupCommitContract(fixture), IClassFixture<Providers.SqliteFixture>;
