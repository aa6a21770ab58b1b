namespace Perizinan.Queue.WorkerProcess;

/// <summary>Reaches the <c>after-send</c> step once the receiver has answered, before the worker sees the response.</summary>
internal sealed class CrashAfterSendHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        Crash.At("after-send");
        return response;
    }
}
