using Perizinan.Storage.Attachments;
using Perizinan.Storage.Queue;
using Perizinan.Storage.Sql;

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

    private Storage(Database database, StorageOptions options, IAttachmentContent content)
    {
        _database = database;
        _options = options;
        _content = content;
        Queue = new QueueStore(database);
    }

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
    /// <param name="options">Provider, connection string, default tenant, attachment folder. Read once.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> in production.</param>
    /// <param name="content">Where attachment bytes go; by default a <see cref="FileSystemAttachmentContent"/> in <see cref="StorageOptions.AttachmentFolder"/>.</param>
    /// <param name="cancellationToken">Cancels the migrations.</param>
    public static async Task<Storage> OpenAsync(StorageOptions options, TimeProvider timeProvider, IAttachmentContent? content = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrEmpty(options.ConnectionString);
        TenantId.Check(options.DefaultTenant);
        var snapshot = new StorageOptions
        {
            Provider = options.Provider,
            ConnectionString = options.ConnectionString,
            DefaultTenant = options.DefaultTenant,
            AttachmentFolder = options.AttachmentFolder,
            DraftLifetime = options.DraftLifetime,
        };
        var database = new Database(SqlDialect.For(snapshot.Provider), snapshot.ConnectionString, timeProvider);
        await new MigrationRunner(database).RunAsync(cancellationToken).ConfigureAwait(false);
        return new Storage(database, snapshot, content ?? new FileSystemAttachmentContent(snapshot.AttachmentFolder));
    }

    /// <summary>Synchronous <see cref="OpenAsync"/>, for start-up code that cannot await.</summary>
    public static Storage Open(StorageOptions options, TimeProvider timeProvider) =>
        OpenAsync(options, timeProvider).GetAwaiter().GetResult();

    /// <summary>The stores of one tenant (a Pemda): every query they run is filtered by it.</summary>
    /// <exception cref="ArgumentException">The id is not 1–64 letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</exception>
    public ITenantStorage ForTenant(string tenantId) => new TenantStorage(_database, TenantId.Check(tenantId), _options, _content);

    /// <summary>Applies pending migrations again; returns the versions applied (none when up to date).</summary>
    public Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default) =>
        new MigrationRunner(_database).RunAsync(cancellationToken);
}
