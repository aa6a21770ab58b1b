using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.SqlServer;

/// <summary>The draft store contract on SQL Server (when PERIZINAN_SQLSERVER is set).</summary>
public sealed class SqlServerDraftStoreTests(Providers.SqlServerFixture fixture) : DraftStoreContract(fixture), IClassFixture<Providers.SqlServerFixture>;
