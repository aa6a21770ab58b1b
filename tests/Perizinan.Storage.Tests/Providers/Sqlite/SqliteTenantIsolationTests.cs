using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.Sqlite;

/// <summary>The tenantisolation contract on SQLite (a temporary file per class).</summary>
public sealed class SqliteTenantIsolationTests(Providers.SqliteFixture fixture) : TenantIsolationContract(fixture), IClassFixture<Providers.SqliteFixture>;
