using Perizinan.Host.Accounts;
using Perizinan.Queue.Destinations;
using Perizinan.Storage;

namespace Perizinan.Host.Configuration;

/// <summary>The host's settings, bound from the <c>Perizinan</c> section of configuration and validated at start.</summary>
internal sealed class PerizinanOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Perizinan";

    /// <summary>The folder of the SQLite file, attachments and file exports; relative to the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>The database provider; SQLite (one file in <see cref="DataFolder"/>) by default.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The connection string; empty means <c>perizinan.db</c> in <see cref="DataFolder"/> (SQLite only).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The tenant (Pemda) this deployment serves.</summary>
    public string Tenant { get; set; } = "default";

    /// <summary>The IANA time zone whose date is "today" for the rules (ages, deadlines): WIB, WITA or WIT.</summary>
    public string TimeZone { get; set; } = "Asia/Jakarta";

    /// <summary>
    /// Folders of form packages (<c>FOLDER/&lt;id&gt;/&lt;version&gt;/</c>) published at start; a relative folder is looked
    /// for in the content root and its parents. Publishing is idempotent, so restarts are harmless.
    /// </summary>
    public IList<string> PublishFolders { get; } = [];

    /// <summary>
    /// Form ids under <see cref="PublishFolders"/> that are not published at start (by default the generated stress-test
    /// packages, which are for benchmarks, not for citizens).
    /// </summary>
    public IList<string> PublishExclude { get; } = [];

    /// <summary>Queue workers run in this process (0: none, e.g. when separate worker processes deliver).</summary>
    public int Workers { get; set; } = 1;

    /// <summary>Where submissions are delivered; each name gets one queue item per submission.</summary>
    public DestinationOptions Destinations { get; } = new();

    /// <summary>Personal-data keys (key id → 32 bytes in base64); none means personal data is stored in clear (development only).</summary>
    public IDictionary<string, string> PersonalDataKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Origins (<c>https://dpmptsp.example.go.id</c>) whose pages may show the forms in an iframe through <c>embed.js</c>;
    /// they go into the CSP's <c>frame-ancestors</c>. None: only this host frames its pages.
    /// </summary>
    public IList<string> EmbedOrigins { get; } = [];

    /// <summary>Integrators' API keys (sent as <c>X-Api-Key</c>): higher rate limits, and their name recorded on submissions.</summary>
    public IList<ApiKeyOptions> ApiKeys { get; } = [];

    /// <summary>Whether the API's writes (drafts, uploads, submit) need an API key; reads stay open.</summary>
    public bool RequireApiKey { get; set; }

    /// <summary>Rate limits per client without a key.</summary>
    public RateLimitOptions RateLimits { get; } = new();

    /// <summary>The key id new personal data is encrypted with; required when keys are configured.</summary>
    public string? CurrentPersonalDataKeyId { get; set; }

    /// <summary>Limits of signing in: one-time codes, lock-outs, sessions.</summary>
    public SignInOptions SignIn { get; } = new();

    /// <summary>How one-time codes reach citizens (the dev mailbox, or SMTP).</summary>
    public NotificationOptions Notifications { get; } = new();

    /// <summary>The staff accounts (petugas and admin), with password hashes.</summary>
    public IList<StaffAccountOptions> Staff { get; } = [];
}
