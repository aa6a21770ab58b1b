using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Perizinan.Queue.Delivery;
using Perizinan.Queue.Destinations;
using Perizinan.Queue.Tests.Support;

namespace Perizinan.Queue.Tests.Destinations;

/// <summary>The webhook against a real loopback receiver: body, headers, signature, and how responses are classified.</summary>
public sealed class WebhookDestinationTests
{
    private const string Secret = "s3cret";

    private static IDestination Webhook(Uri url, TimeSpan? timeout = null)
    {
        var options = new DestinationOptions();
        options.Webhooks.Add(new WebhookOptions { Name = "pusat-data", Url = url, Secret = Secret, Timeout = timeout ?? TimeSpan.FromSeconds(5) });
        return DestinationRegistry.Create(options, new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, TimeProvider.System).Find("pusat-data")!;
    }

    [Fact]
    public async Task Deliver_200_DeliveredWithSignedBodyAndKey()
    {
        using var receiver = new Receiver(Secret);
        var request = Submissions.Request();

        var result = await Webhook(receiver.Url).DeliverAsync(request, CancellationToken.None);

        Assert.Equal(DeliveryResult.Delivered, result);
        var received = Assert.Single(receiver.Requests);
        Assert.True(received.SignatureValid);
        Assert.Equal(request.IdempotencyKey.ToString("D"), received.Key);
        using var body = JsonDocument.Parse(received.Body);
        var root = body.RootElement;
        Assert.Equal("REK-2026-000123", root.GetProperty("registrationNumber").GetString());
        Assert.Equal(("izin-reklame", "1.0.0", "sha256-abc"), (root.GetProperty("form").GetProperty("id").GetString(), root.GetProperty("form").GetProperty("version").GetString(), root.GetProperty("form").GetProperty("contentHash").GetString()));
        Assert.Equal("Budi", root.GetProperty("answers").GetProperty("pemohon").GetProperty("nama").GetString());
        Assert.Equal(12.5m, root.GetProperty("computedValues").GetProperty("reklame.luas").GetDecimal());
        Assert.Equal(150000m, root.GetProperty("fees").GetProperty("total").GetDecimal());
    }

    [Theory]
    [InlineData(500, DeliveryOutcome.Retry)]
    [InlineData(503, DeliveryOutcome.Retry)]
    [InlineData(429, DeliveryOutcome.Retry)]
    [InlineData(408, DeliveryOutcome.Retry)]
    [InlineData(400, DeliveryOutcome.Permanent)]
    [InlineData(404, DeliveryOutcome.Permanent)]
    [InlineData(422, DeliveryOutcome.Permanent)]
    [InlineData(204, DeliveryOutcome.Delivered)]
    public async Task Deliver_Status_Classified(int status, DeliveryOutcome expected)
    {
        using var receiver = new Receiver(Secret) { Behaviour = _ => (status, TimeSpan.Zero) };

        var result = await Webhook(receiver.Url).DeliverAsync(Submissions.Request(), CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        if (expected != DeliveryOutcome.Delivered)
        {
            Assert.Contains($"HTTP {status}", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Deliver_SlowerThanTimeout_Retry()
    {
        using var receiver = new Receiver(Secret) { Behaviour = _ => (200, TimeSpan.FromSeconds(3)) };

        var result = await Webhook(receiver.Url, TimeSpan.FromMilliseconds(200)).DeliverAsync(Submissions.Request(), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Retry, result.Outcome);
        Assert.Contains("timeout", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_NobodyListening_RetryConnectionError()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var result = await Webhook(new Uri($"http://127.0.0.1:{port}/")).DeliverAsync(Submissions.Request(), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Retry, result.Outcome);
        Assert.Contains("connection error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Signature_VerifyRecipe_AcceptsOwnAndRejectsTampering()
    {
        var body = """{"a":1}"""u8.ToArray();
        var signature = WebhookSignature.Compute(Secret, 1_764_057_600, body);

        Assert.StartsWith("sha256=", signature, StringComparison.Ordinal);
        Assert.Equal(7 + 64, signature.Length);
        Assert.True(WebhookSignature.Verify(Secret, "1764057600", body, signature));
        Assert.False(WebhookSignature.Verify(Secret, "1764057601", body, signature));
        Assert.False(WebhookSignature.Verify("other", "1764057600", body, signature));
        Assert.False(WebhookSignature.Verify(Secret, "1764057600", """{"a":2}"""u8.ToArray(), signature));
    }
}
