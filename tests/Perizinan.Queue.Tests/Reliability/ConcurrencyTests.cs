using Perizinan.Queue.Tests.Support;
using Perizinan.Storage.Queue;
using Perizinan.Storage.Tests.Providers;
using Xunit.Abstractions;

namespace Perizinan.Queue.Tests.Reliability;

/// <summary>Four worker processes over one PostgreSQL database: leases keep them apart, everything is delivered once.</summary>
public sealed class ConcurrencyTests(PostgreSqlFixture fixture, ITestOutputHelper output) : IClassFixture<PostgreSqlFixture>
{
    private const string Secret = "rahasia-konkurensi";

    [SkippableFact]
    public async Task FourWorkerProcesses_OnePostgreSql_NoItemDeliveredTwiceAllDelivered()
    {
        fixture.Require();
        const int Count = 300;
        var storage = await Storage.Storage.OpenAsync(fixture.Options, TimeProvider.System); // the children's clock
        var tenant = await Seed.TenantAsync(storage);
        var submissions = await Seed.SubmitManyAsync(tenant, Count, "back-office");
        using var receiver = new Receiver(Secret) { Behaviour = _ => (200, TimeSpan.FromMilliseconds(2)) };

        var children = Enumerable.Range(1, 4).Select(i => ChildProcess.Start(
        [
            "work", "--provider", "postgresql", "--connection", fixture.Options.ConnectionString, "--receiver", receiver.Url.ToString(),
            "--secret", Secret, "--worker-id", $"proc-{i}", "--batch", "8", "--lease-ms", "30000", "--idle-exit-ms", "1500",
            .. PersonalDataKeyArguments(fixture.Options),
        ])).ToList();
        try
        {
            await Task.WhenAll(children.Select(c => c.Ready)).WaitAsync(TimeSpan.FromSeconds(60));
            foreach (var child in children)
            {
                child.WriteLine("go");
            }

            foreach (var child in children)
            {
                Assert.True(await child.WaitAsync(TimeSpan.FromSeconds(90)), "a worker process did not finish");
                Assert.True(child.ExitCode == 0, string.Join('\n', child.Errors));
            }

            var perWorker = children.Select(c => int.Parse(c.Lines.Last(l => l.StartsWith("DONE ", StringComparison.Ordinal))[5..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            output.WriteLine($"deliveries per worker process: {string.Join(", ", perWorker)}; requests {receiver.Requests.Count}");
            var delivered = receiver.DeliveredByKey;
            Assert.Equal(Count, receiver.Requests.Count);            // no redelivery at all while leases hold
            Assert.Equal(Count, delivered.Count);
            Assert.All(delivered.Values, n => Assert.Equal(1, n));
            Assert.Equal(0, receiver.ConcurrentSameKey);
            Assert.Equal(Count, perWorker.Sum());
            Assert.True(perWorker.Count(n => n > 0) >= 2, "the workers did not share the work");
            Assert.All(receiver.Requests, r => Assert.True(r.SignatureValid));
            foreach (var submission in submissions)
            {
                Assert.Equal(QueueItemStatus.Delivered, Assert.Single(await tenant.Queue.ListForSubmissionAsync(submission.Id)).Status);
            }
        }
        finally
        {
            foreach (var child in children)
            {
                child.Dispose();
            }
        }
    }

    /// <summary>The parent's personal-data keys for the children (the current one first), which must read what it wrote.</summary>
    private static IEnumerable<string> PersonalDataKeyArguments(Perizinan.Storage.StorageOptions options) =>
        options.PersonalDataKeys
            .OrderBy(k => k.Key == options.CurrentPersonalDataKeyId ? 0 : 1)
            .SelectMany(k => new[] { "--pii-key", $"{k.Key}={k.Value}" });
}
