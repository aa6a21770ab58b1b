using System.Net;
using System.Net.Http.Headers;
using System.Globalization;
using Perizinan.Queue.Delivery;

namespace Perizinan.Queue.Destinations;

/// <summary>
/// POSTs the submission as JSON with <c>Idempotency-Key</c>, a timestamp and an HMAC-SHA256 signature. 2xx is delivered;
/// 408, 429, 5xx, timeouts and connection errors are retried; any other status is a permanent failure. Thread-safe.
/// </summary>
internal sealed class WebhookDestination : IDestination
{
    private readonly HttpClient _client;
    private readonly Uri _url;
    private readonly string _secret;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    public WebhookDestination(WebhookOptions options, HttpClient client, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.Name);
        ArgumentNullException.ThrowIfNull(options.Url);
        ArgumentException.ThrowIfNullOrEmpty(options.Secret, nameof(options.Secret));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero);
        Name = options.Name;
        _url = options.Url;
        _secret = options.Secret;
        _timeout = options.Timeout;
        _client = client;
        _time = time;
    }

    public string Name { get; }

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var body = SubmissionPayload.Utf8(request);
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        using var message = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.Add(WebhookSignature.IdempotencyKeyHeader, request.IdempotencyKey.ToString("D"));
        message.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        message.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(_secret, timestamp, body));
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(_timeout);
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, attempt.Token).ConfigureAwait(false);
            return await ClassifyAsync(response, attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Retry($"timeout: no response from {_url} within {_timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            return DeliveryResult.Retry($"connection error to {_url}: {e.Message}");
        }
    }

    private static async Task<DeliveryResult> ClassifyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return DeliveryResult.Delivered;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var error = $"HTTP {status} {response.ReasonPhrase}" + (text.Length == 0 ? string.Empty : ": " + (text.Length > 200 ? text[..200] : text));
        return status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500
            ? DeliveryResult.Retry(error)
            : DeliveryResult.Permanent(error);
    }
}
