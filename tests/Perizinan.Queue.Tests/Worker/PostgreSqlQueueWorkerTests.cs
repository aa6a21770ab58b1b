namespace Perizinan.Queue.Tests.Worker;

/// <summary>The worker on PostgreSQL (a throwaway database per class).</summary>
public sealed class PostgreSqlQueueWorkerTests(Storage.Tests.Providers.PostgreSqlFixture fixture) : QueueWorkerContract(fixture), IClassFixture<Storage.Tests.Providers.PostgreSqlFixture>;
