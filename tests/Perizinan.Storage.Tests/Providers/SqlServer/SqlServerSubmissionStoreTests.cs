using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.SqlServer;

/// <summary>The submission store contract on SQL Server (when PERIZINAN_SQLSERVER is set).</summary>
public sealed class SqlServerSubmissionStoreTests(Providers.SqlServerFixture fixture) : SubmissionStoreContract(fixture), IClassFixture<Providers.SqlServerFixture>;
