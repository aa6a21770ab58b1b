using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Perizinan.Browser.Tests.Support;

/// <summary>
/// Base class of the browser tests: <see cref="RunAsync"/> opens a fresh page, runs the journey and, when it fails,
/// saves a screenshot and the page's HTML to <c>TestResults/browser/CLASS.TEST[.CASE].png/.html</c> before the
/// failure is reported. Derived classes carry <c>[Collection(BrowserCollection.Name)]</c> and use
/// <c>[SkippableFact]</c>/<c>[SkippableTheory]</c> (so a machine without Chromium skips instead of failing).
/// </summary>
public abstract class BrowserTest(BrowserHost host)
{
    /// <summary>The shared host and browser.</summary>
    protected BrowserHost Host { get; } = host;

    /// <summary>Where failure screenshots and HTML go: <c>PERIZINAN_BROWSER_ARTIFACTS</c>, else <c>TestResults/browser</c> at the repository root.</summary>
    public static string ArtifactsFolder { get; } = FindArtifactsFolder();

    /// <summary>
    /// Runs a journey on a new page (see <see cref="BrowserHost.NewPageAsync"/>); <paramref name="variant"/> tells apart
    /// the cases of a theory in the artifacts' names.
    /// </summary>
    protected async Task RunAsync(
        Func<BrowserPage, Task> journey,
        string? variant = null,
        bool javaScript = true,
        string locale = "id-ID",
        [CallerMemberName] string test = "")
    {
        await using var page = await Host.NewPageAsync(javaScript, locale);
        try
        {
            await journey(page);
        }
        catch
        {
            await SaveArtifactsAsync(page, test, variant);
            throw;
        }
    }

    private async Task SaveArtifactsAsync(BrowserPage page, string test, string? variant)
    {
        var name = GetType().Name + "." + test + (variant is null ? "" : "." + variant);
        name = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
        try
        {
            await page.SaveArtifactsAsync(ArtifactsFolder, name);
        }
        catch (PlaywrightException)
        {
            // The page is gone (crashed or closed); the failure itself says more than a missing screenshot.
        }
    }

    private static string FindArtifactsFolder()
    {
        if (Environment.GetEnvironmentVariable("PERIZINAN_BROWSER_ARTIFACTS") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Perizinan.sln")))
            {
                return Path.Combine(dir.FullName, "TestResults", "browser");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "TestResults", "browser");
    }
}
