using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.PostgreSql;

/// <summary>The tenantisolation contract on PostgreSQL (a throwaway database per class).</summary>
public sealed class PostgreSqlTenantIsolationTests(Providers.PostgreSqlFixture fixture) : TenantIsolationContract(fixture), IClassFixture<Providers.PostgreSqlFixture>;
