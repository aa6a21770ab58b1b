using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.PostgreSql;

/// <summary>The migration contract on PostgreSQL (a throwaway database per class).</summary>
public sealed class PostgreSqlMigrationTests(Providers.PostgreSqlFixture fixture) : MigrationContract(fixture), IClassFixture<Providers.PostgreSqlFixture>;
