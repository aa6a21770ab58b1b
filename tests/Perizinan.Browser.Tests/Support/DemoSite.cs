using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Perizinan.Browser.Tests.Support;

/// <summary>
/// Another origin on 127.0.0.1 (a tiny Kestrel on a free port) whose front page is whatever <see cref="Page"/> says:
/// the Pemda site that embeds a form. A real server rather than a Playwright route, because Chromium lets a page
/// reach the host's loopback address only from a loopback page (local network access).
/// </summary>
public sealed class DemoSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DemoSite(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>The origin, e.g. <c>http://127.0.0.1:41235</c> (no trailing slash).</summary>
    public string Origin { get; }

    /// <summary>The HTML of the front page; empty until a test sets it.</summary>
    public string Page { get; set; } = "";

    /// <summary>Starts a site on a free port.</summary>
    public static async Task<DemoSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        DemoSite? site = null;
        app.MapGet("/", () => Results.Content(site!.Page, "text/html; charset=utf-8"));
        app.MapGet("/favicon.ico", () => Results.NoContent());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        site = new DemoSite(app, address.TrimEnd('/'));
        return site;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
