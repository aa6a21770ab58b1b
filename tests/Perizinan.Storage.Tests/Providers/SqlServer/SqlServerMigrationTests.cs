using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.SqlServer;

/// <summary>The migration contract on SQL Server (when PERIZINAN_SQLSERVER is set).</summary>
public sealed class SqlServerMigrationTests(Providers.SqlServerFixture fixture) : MigrationContract(fixture), IClassFixture<Providers.SqlServerFixture>;
