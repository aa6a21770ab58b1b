namespace Perizinan.Storage;

/// <summary>
/// Where and how Perizinan stores drafts, submissions and the transaction queue. A plain options class, read once by
/// <see cref="Storage.Open"/>; changing it afterwards has no effect on an open storage.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>One SQLite file <c>perizinan.db</c> in the working folder, tenant <c>default</c>, attachments in <c>attachments/</c>.</summary>
    public static StorageOptions Default => new();

    /// <summary>The database provider.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The ADO.NET connection string (for SQLite, e.g. <c>Data Source=perizinan.db</c>).</summary>
    public string ConnectionString { get; set; } = "Data Source=perizinan.db";

    /// <summary>
    /// The tenant (a Pemda) of a single-office deployment, used by <see cref="Storage.Default"/>. A deployment that hosts
    /// many Pemda calls <see cref="Storage.ForTenant"/> per request instead.
    /// </summary>
    public string DefaultTenant { get; set; } = "default";

    /// <summary>The folder that holds attachment bytes, content-addressed by SHA-256, one sub-folder per tenant.</summary>
    public string AttachmentFolder { get; set; } = "attachments";

    /// <summary>How long a draft lives after it was last saved before <see cref="Drafts.IDraftStore.PurgeExpiredAsync"/> removes it.</summary>
    public TimeSpan DraftLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The keys that encrypt personal fields (<c>"x-pii": true</c>) at rest: key id (1–32 letters, digits, <c>-</c>,
    /// <c>_</c>, <c>.</c>) → 32 random bytes in base64. Keep every key that stored data may still name; add a new one and
    /// make it <see cref="CurrentPersonalDataKeyId"/> to rotate. Empty (the default): personal data is stored in clear,
    /// which is only fit for development (see <c>docs/storage.md</c>).
    /// </summary>
    public IDictionary<string, string> PersonalDataKeys { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The id of the key in <see cref="PersonalDataKeys"/> that new values are encrypted with; required when keys are configured.</summary>
    public string? CurrentPersonalDataKeyId { get; set; }

    /// <summary>
    /// Group commit of concurrent submits (one transaction and one durable commit for many), or <c>null</c> (the default):
    /// each submit commits on its own. Worth it when many citizens submit at once; see <see cref="GroupCommitOptions"/>.
    /// </summary>
    public GroupCommitOptions? GroupCommit { get; set; }
}
