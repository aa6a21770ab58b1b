using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Perizinan.Browser.Tests.Support;

/// <summary>
/// The collection fixture of the browser tests: the real host listening on 127.0.0.1 and one headless Chromium for
/// the whole run. Each test takes a fresh <see cref="BrowserPage"/> (its own browser context: no cookies, cache or
/// storage shared with other tests) from <see cref="NewPageAsync"/>, or runs through <see cref="BrowserTest"/>, which
/// also saves a screenshot and the HTML when the test fails.
/// </summary>
/// <remarks>
/// Without Chromium the host still starts, and <see cref="RequireBrowser"/> skips the test locally but fails it when
/// <c>CI=true</c>. Tests in one collection run one after another, so the host's state (the database under
/// <see cref="Services"/>) is seen by one test at a time; a test must still not depend on another having run.
/// </remarks>
public sealed class BrowserHost : IAsyncLifetime
{
    /// <summary>"Now" when the host starts: 2026-11-25 10:00 WIB; the clock then runs at real speed.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    /// <summary>The citizen samples published at start (the generated stress packages are not).</summary>
    public static readonly IReadOnlyList<string> CitizenForms =
    [
        "izin-reklame",
        "perpanjangan-izin-reklame",
        "pbg",
        "izin-keramaian",
        "sip-tenaga-kesehatan",
        "iumk-sku",
        "tdup",
    ];

    /// <summary>The officer account (role petugas) configured for the run.</summary>
    public const string OfficerName = "siti";

    /// <summary>The officer's password.</summary>
    public const string OfficerPassword = "Loket-Satu-2026!";

    /// <summary>The officer's display name.</summary>
    public const string OfficerDisplayName = "Siti Rahayu";

    /// <summary>How long one Playwright action or navigation may take before the test fails.</summary>
    public static readonly TimeSpan ActionTimeout = TimeSpan.FromSeconds(15);

    private readonly string _root = Directory.CreateTempSubdirectory("perizinan-browser-").FullName;
    private BrowserHostFactory _factory = null!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _missing;

    /// <summary>
    /// The Pemda site allowed to embed the forms (listed in <c>Perizinan:EmbedOrigins</c>). Same site as the host
    /// (127.0.0.1, another port), so that the antiforgery cookie, Strict over plain HTTP, travels with the framed
    /// form's posts.
    /// </summary>
    public DemoSite EmbeddingSite { get; private set; } = null!;

    /// <summary>A site the deployment does not list: its frames must be refused.</summary>
    public DemoSite UnlistedSite { get; private set; } = null!;

    /// <summary>The host's address, e.g. <c>http://127.0.0.1:41234/</c> (with the trailing slash).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The host's services, e.g. for reading the database a journey wrote to.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>The host's data folder (SQLite file, attachments, exports).</summary>
    public string DataFolder => _factory.DataFolder;

    /// <summary>The browser, or null when Chromium is missing (see <see cref="RequireBrowser"/>).</summary>
    public IBrowser? Browser => _browser;

    /// <summary>An HTTP client for the host (no browser), for arranging state through the API.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseUrl };

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        EmbeddingSite = await DemoSite.StartAsync();
        UnlistedSite = await DemoSite.StartAsync();
        _factory = new BrowserHostFactory(_root, CitizenForms, Start, EmbeddingSite.Origin);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseUrl = new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");

        _missing = Chromium.MissingReason();
        if (_missing is not null)
        {
            return;
        }

        // Playwright drives the browser through its bundled node driver (.playwright/ in the output folder); it must
        // never try to download a browser build.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
            Timeout = 60_000,
        });
    }

    /// <summary>
    /// Skips the calling test when Chromium is missing, or fails it when <c>CI=true</c>. Call it first in a
    /// <c>[SkippableFact]</c> or <c>[SkippableTheory]</c> (the helpers here do).
    /// </summary>
    public void RequireBrowser()
    {
        if (_missing is null)
        {
            return;
        }

        if (Chromium.InCi)
        {
            Assert.Fail(_missing + " CI=true: browser tests must run in CI.");
        }

        Skip.If(true, _missing);
    }

    /// <summary>
    /// A new page in a new browser context. <paramref name="javaScript"/> false gives a browser without scripts (the
    /// no-JS journeys); <paramref name="locale"/> sets the browser's language (Accept-Language, <c>navigator.language</c>);
    /// <paramref name="storageState"/> (from <c>IBrowserContext.StorageStateAsync</c>) carries another context's cookies
    /// over, as when a citizen comes back later in the same browser. Dispose it at the end of the test.
    /// </summary>
    public async Task<BrowserPage> NewPageAsync(bool javaScript = true, string locale = "id-ID", string? storageState = null)
    {
        RequireBrowser();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            Locale = locale,
            JavaScriptEnabled = javaScript,
            TimezoneId = "Asia/Jakarta",
            StorageState = storageState,
        });
        context.SetDefaultTimeout((float)ActionTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)ActionTimeout.TotalMilliseconds);
        return await BrowserPage.OpenAsync(context, BaseUrl, javaScript);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
        await EmbeddingSite.DisposeAsync();
        await UnlistedSite.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing worker; the temp folder is the system's to clean.
        }
    }
}
