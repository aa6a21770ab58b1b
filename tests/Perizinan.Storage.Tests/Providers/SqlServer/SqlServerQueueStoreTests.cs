using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.SqlServer;

/// <summary>The queue store contract on SQL Server (when PERIZINAN_SQLSERVER is set).</summary>
public sealed class SqlServerQueueStoreTests(Providers.SqlServerFixture fixture) : QueueStoreContract(fixture), IClassFixture<Providers.SqlServerFixture>;
