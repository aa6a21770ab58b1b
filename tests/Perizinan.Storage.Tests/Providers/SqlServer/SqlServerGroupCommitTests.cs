using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.SqlServer;

/// <summary>The group commit contract on SQL Server (when PERIZINAN_SQLSERVER is set).</summary>
public sealed class SqlServerGroupCommitTests(Providers.SqlServerFixture fixture) : GroupCommitContract(fixture), IClassFixture<Providers.SqlServerFixture>;
