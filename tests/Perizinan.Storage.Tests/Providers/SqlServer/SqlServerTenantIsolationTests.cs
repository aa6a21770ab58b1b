using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.SqlServer;

/// <summary>The tenantisolation contract on SQL Server (when PERIZINAN_SQLSERVER is set).</summary>
public sealed class SqlServerTenantIsolationTests(Providers.SqlServerFixture fixture) : TenantIsolationContract(fixture), IClassFixture<Providers.SqlServerFixture>;
