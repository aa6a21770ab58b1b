using Perizinan.Storage.Tests.Contracts;

namespace Perizinan.Storage.Tests.Providers.PostgreSql;

/// <summary>The queue store contract on PostgreSQL (a throwaway database per class).</summary>
public sealed class PostgreSqlQueueStoreTests(Providers.PostgreSqlFixture fixture) : QueueStoreContract(fixture), IClassFixture<Providers.PostgreSqlFixture>;
