using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Perizinan.Queue.Tests.Support;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 and a free port (<see cref="HttpListener"/>): records every request, checks its
/// signature the way a receiver is told to in docs/queue.md (HMAC-SHA256 over "timestamp.body"), and answers as
/// <see cref="Behaviour"/> says (status and delay), so tests can stage outages and timeouts.
/// </summary>
public sealed class Receiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _secret;
    private readonly CancellationTokenSource _stop = new();
    private int _requests;
    private int _inFlight;

    public Receiver(string secret)
    {
        _secret = secret;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            Url = new Uri($"http://127.0.0.1:{port}/hook/");
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(Url.ToString());
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }

        _ = Task.Run(AcceptLoopAsync);
    }

    public Uri Url { get; }

    /// <summary>Given the request number (from 1), the status to answer and how long to wait first.</summary>
    public Func<int, (int Status, TimeSpan Delay)> Behaviour { get; set; } = _ => (200, TimeSpan.Zero);

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>Requests of one key that were in progress at the same time (a key delivered concurrently).</summary>
    public int ConcurrentSameKey;

    /// <summary>The successful (2xx) requests by idempotency key.</summary>
    public IReadOnlyDictionary<string, int> DeliveredByKey =>
        Requests.Where(r => r.Status is >= 200 and < 300).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Count());

    private readonly ConcurrentDictionary<string, int> _active = new();

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var number = Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _inFlight);
        var key = context.Request.Headers["Idempotency-Key"] ?? string.Empty;
        if (_active.AddOrUpdate(key, 1, (_, n) => n + 1) > 1)
        {
            Interlocked.Increment(ref ConcurrentSameKey);
        }

        try
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var bytes = body.ToArray();
            var timestamp = context.Request.Headers["X-Perizinan-Timestamp"] ?? string.Empty;
            var signature = context.Request.Headers["X-Perizinan-Signature"] ?? string.Empty;
            var (status, delay) = Behaviour(number);
            var submission = string.Empty;
            try
            {
                using var json = JsonDocument.Parse(bytes);
                submission = json.RootElement.GetProperty("submissionId").GetString() ?? string.Empty;
            }
            catch (JsonException)
            {
            }

            Requests.Enqueue(new Received(number, key, submission, status, Verify(timestamp, bytes, signature), bytes, DateTimeOffset.UtcNow));
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _stop.Token);
            }

            context.Response.StatusCode = status;
            var answer = Encoding.UTF8.GetBytes(status is >= 200 and < 300 ? "ok" : $"refused with {status}");
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The client gave up (timeout) or the receiver is stopping.
        }
        finally
        {
            _active.AddOrUpdate(key, 0, (_, n) => n - 1);
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>The receiver's side of the recipe: recompute HMAC-SHA256(secret, timestamp + "." + body) and compare in constant time.</summary>
    private bool Verify(string timestamp, byte[] body, string signature)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), signed));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
