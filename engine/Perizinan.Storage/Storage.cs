using Perizinan.Storage.Attachments;
using Perizinan.Storage.Privacy;
using Perizinan.Storage.Queue;
using Perizinan.Storage.Sql;
using Perizinan.Storage.Submissions;
using Perizinan.Storage.Submissions.GroupCommit;

namespace Perizinan.Storage;

/// <summary>
/// Perizinan's storage: open it once at start-up with <see cref="Open"/> (which brings the schema up to date), then take
/// a tenant's stores with <see cref="ForTenant"/> per request. Thread-safe; holds no connection (the providers pool them).
/// </summary>
public sealed class Storage
{
    private readonly Database _database;
    private readonly StorageOptions _options;
    private readonly IAttachmentContent _content;
    private readonly PersonalDataProtector _protector;
    private readonly PersonalFieldCache _personalFields = new();
    private readonly SubmitWriter _submitWriter;

    private Storage(Database database, StorageOptions options, IAttachmentContent content, PersonalDataProtector protector)
    {
        _database = database;
        _options = options;
        _content = content;
        _protector = protector;
        _submitWriter = new SubmitWriter(database, protector, _personalFields);
        GroupCommit = options.GroupCommit is { } groupCommit ? new GroupCommitWriter(_submitWriter, groupCommit) : null;
        Queue = new QueueStore(database);
    }

    /// <summary>The group commit writer shared by every tenant's submission store, or <c>null</c> when it is off.</summary>
    internal GroupCommitWriter? GroupCommit { get; }

    /// <summary>Writes submits for every tenant's submission store (one at a time, or in group commit batches).</summary>
    internal SubmitWriter SubmitWriter => _submitWriter;

    /// <summary>The provider in use.</summary>
    public StorageProvider Provider => _options.Provider;

    /// <summary>The queue as workers see it, across tenants (see <see cref="IQueueStore"/> for why).</summary>
    public IQueueStore Queue { get; }

    /// <summary>The stores of the configured default tenant (<see cref="StorageOptions.DefaultTenant"/>).</summary>
    public ITenantStorage Default => ForTenant(_options.DefaultTenant);

    /// <summary>
    /// Opens the storage and applies pending migrations (idempotent; safe when several processes start at once).
    /// <paramref name="timeProvider"/> is the only clock the stores read (expiry, leases, timestamps).
    /// </summary>
    /// <param name="options">Provider, connection string, default tenant, attachment folder, personal data keys, group commit. Read once.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> in production.</param>
    /// <param name="content">Where attachment bytes go; by default a <see cref="FileSystemAttachmentContent"/> in <see cref="StorageOptions.AttachmentFolder"/>.</param>
    /// <param name="cancellationToken">Cancels the migrations.</param>
    /// <exception cref="ArgumentException">
    /// The options are incomplete, e.g. a personal data key that is not 32 bytes in base64, or keys without a current key id,
    /// or a group commit setting is out of range.
    /// </exception>
    public static async Task<Storage> OpenAsync(StorageOptions options, TimeProvider timeProvider, IAttachmentContent? content = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrEmpty(options.ConnectionString);
        TenantId.Check(options.DefaultTenant);
        var keys = new Dictionary<string, string>(options.PersonalDataKeys ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        var protector = PersonalDataProtector.FromOptions(keys, options.CurrentPersonalDataKeyId);
        var snapshot = new StorageOptions
        {
            Provider = options.Provider,
            ConnectionString = options.ConnectionString,
            DefaultTenant = options.DefaultTenant,
            AttachmentFolder = options.AttachmentFolder,
            DraftLifetime = options.DraftLifetime,
            PersonalDataKeys = keys,
            CurrentPersonalDataKeyId = options.CurrentPersonalDataKeyId,
            GroupCommit = options.GroupCommit?.Checked(),
        };
        var database = new Database(SqlDialect.For(snapshot.Provider), snapshot.ConnectionString, timeProvider);
        await new MigrationRunner(database).RunAsync(cancellationToken).ConfigureAwait(false);
        return new Storage(database, snapshot, content ?? new FileSystemAttachmentContent(snapshot.AttachmentFolder), protector);
    }

    /// <summary>Synchronous <see cref="OpenAsync"/>, for start-up code that cannot await.</summary>
    public static Storage Open(StorageOptions options, TimeProvider timeProvider) =>
        OpenAsync(options, timeProvider).GetAwaiter().GetResult();

    /// <summary>The stores of one tenant (a Pemda): every query they run is filtered by it.</summary>
    /// <exception cref="ArgumentException">The id is not 1–64 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</exception>
    public ITenantStorage ForTenant(string tenantId) =>
        new TenantStorage(_database, TenantId.Check(tenantId), _options, _content, _protector, _personalFields, _submitWriter, GroupCommit);

    /// <summary>Applies pending migrations again; returns the versions applied (none when up to date).</summary>
    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default) =>
        new MigrationRunner(_database).RunAsync(cancellationToken);
}
