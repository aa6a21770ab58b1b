using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Perizinan.Benchmarks.Persistence;

/// <summary>
/// A webhook receiver as fast as a receiver can be: Kestrel on 127.0.0.1 and a free port, reading each body and
/// answering 200, counting requests by <c>Idempotency-Key</c> (so duplicates show). It does not check signatures.
/// </summary>
internal sealed class LoopbackSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private long _requests;

    private LoopbackSink(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public long Requests => Interlocked.Read(ref _requests);

    public int DistinctKeys => _byKey.Count;

    public static async Task<LoopbackSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new LoopbackSink(app);
        app.MapPost("/hook", sink.ReceiveAsync);
        await app.StartAsync();
        sink.Url = new Uri(app.Urls.First() + "/hook");
        return sink;
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        await context.Request.Body.CopyToAsync(Stream.Null);
        _byKey.AddOrUpdate(context.Request.Headers["Idempotency-Key"].ToString(), 1, (_, n) => n + 1);
        Interlocked.Increment(ref _requests);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
