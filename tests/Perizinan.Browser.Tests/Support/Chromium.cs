namespace Perizinan.Browser.Tests.Support;

/// <summary>
/// Where the tests find Chromium: Debian's package (<c>/usr/bin/chromium</c>, installed by <c>scripts/chromium.sh</c>)
/// or the path in <c>PERIZINAN_CHROMIUM</c>. Playwright never downloads a browser of its own here.
/// </summary>
public static class Chromium
{
    /// <summary>The environment variable that names the Chromium executable.</summary>
    public const string Variable = "PERIZINAN_CHROMIUM";

    /// <summary>Debian's Chromium, used when <see cref="Variable"/> is not set.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>
    /// Switches for a headless browser on a shared CI machine: no sandbox (the tests run as root), no GPU, and no
    /// traffic of the browser's own (updates, sync, field trials) so that only the host under test is ever contacted.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--no-first-run",
        "--disable-sync",
    ];

    /// <summary>The executable to launch.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>True when the tests run in CI (<c>CI=true</c>), where a missing browser fails instead of skipping.</summary>
    public static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests cannot run here, or null when Chromium is present.</summary>
    public static string? MissingReason() =>
        File.Exists(ExecutablePath)
            ? null
            : $"Chromium not found at {ExecutablePath}: run scripts/chromium.sh (installs Debian's chromium) or set {Variable}.";
}
