using Microsoft.Playwright;

namespace Perizinan.Browser.Tests.Support;

/// <summary>
/// One page in its own browser context, recording what should never happen on our pages: console errors (failed
/// loads included), uncaught script errors and content security policy violations. Dispose it to close the context.
/// </summary>
/// <remarks>Not thread-safe: one test drives one page.</remarks>
public sealed class BrowserPage : IAsyncDisposable
{
    /// <summary>
    /// Reports every CSP violation on the console, where the problem list picks it up. Chromium logs most violations
    /// itself; this catches the rest (and needs JavaScript, so a no-JS page relies on Chromium's own message).
    /// </summary>
    private const string ReportViolations =
        "document.addEventListener('securitypolicyviolation', e => console.error(" +
        "'CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    private readonly List<string> _problems = [];
    private readonly Uri _baseUrl;
    private readonly HashSet<IRequest> _inFlight = [];

    private BrowserPage(IBrowserContext context, IPage page, Uri baseUrl, bool javaScript)
    {
        Context = context;
        Page = page;
        JavaScript = javaScript;
        _baseUrl = baseUrl;
        page.Request += (_, request) => Track(request, true);
        page.RequestFinished += (_, request) => Track(request, false);
        page.RequestFailed += (_, request) => Track(request, false);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _problems.Add($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _problems.Add("script error: " + error);
    }

    /// <summary>The browser context (cookies, storage) that only this page uses.</summary>
    public IBrowserContext Context { get; }

    /// <summary>The Playwright page.</summary>
    public IPage Page { get; }

    /// <summary>Whether scripts run on this page.</summary>
    public bool JavaScript { get; }

    /// <summary>Console errors, script errors and CSP violations seen so far, in order.</summary>
    public IReadOnlyList<string> Problems => _problems;

    internal static async Task<BrowserPage> OpenAsync(IBrowserContext context, Uri baseUrl, bool javaScript)
    {
        if (javaScript)
        {
            await context.AddInitScriptAsync(ReportViolations);
        }

        var page = await context.NewPageAsync();
        return new BrowserPage(context, page, baseUrl, javaScript);
    }

    /// <summary>The absolute address of a path on the host (<c>"/izin/pbg?lang=en"</c>).</summary>
    public Uri Url(string path) => new(_baseUrl, path);

    /// <summary>Opens a path on the host and fails unless the document answers 2xx.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(Url(path).ToString());
        Assert.True(response is not null, $"no response for {path}");
        Assert.True(response.Ok, $"{path} answered {response.Status} {response.StatusText}");
        return response;
    }

    /// <summary>
    /// Waits until the page is at this path (after a click that navigates). Works with JavaScript off too, where
    /// Playwright's <c>WaitForURLAsync</c> may wait for a load event it already missed.
    /// </summary>
    public Task ExpectAtAsync(string path) => Assertions.Expect(Page).ToHaveURLAsync(Url(path).ToString());

    /// <summary>
    /// Waits until no request of the page has been in flight for a moment: the background saves, uploads and form
    /// re-renders of <c>site.js</c> are done.
    /// </summary>
    public async Task WaitForQuietAsync()
    {
        var deadline = DateTime.UtcNow + BrowserHost.ActionTimeout;
        var quietSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            if (InFlight().Count > 0)
            {
                quietSince = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - quietSince > TimeSpan.FromMilliseconds(150))
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail($"{Page.Url}: requests still in flight after {BrowserHost.ActionTimeout.TotalSeconds} s: {string.Join(", ", InFlight())}");
    }

    private void Track(IRequest request, bool started)
    {
        lock (_inFlight)
        {
            if (started)
            {
                _inFlight.Add(request);
            }
            else
            {
                _inFlight.Remove(request);
            }
        }
    }

    private List<string> InFlight()
    {
        lock (_inFlight)
        {
            return [.. _inFlight.Select(r => r.Method + " " + r.Url)];
        }
    }

    /// <summary>Fails listing every problem recorded so far.</summary>
    public void AssertNoProblems()
    {
        if (_problems.Count > 0)
        {
            Assert.Fail($"{_problems.Count} problem(s) on {Page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, _problems)}");
        }
    }

    /// <summary>Saves a full-page screenshot and the current HTML as <c>FOLDER/NAME.png</c> and <c>FOLDER/NAME.html</c>.</summary>
    public async Task SaveArtifactsAsync(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file + ".png", FullPage = true });
        await File.WriteAllTextAsync(file + ".html", await Page.ContentAsync());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
