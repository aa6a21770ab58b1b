namespace Perizinan.Queue.Tests.Worker;

/// <summary>The worker on SQLite (a temporary file per class).</summary>
public sealed class SqliteQueueWorkerTests(Storage.Tests.Providers.SqliteFixture fixture) : QueueWorkerContract(fixture), IClassFixture<Storage.Tests.Providers.SqliteFixture>;
