namespace Perizinan.Storage.Tests.Providers;

/// <summary>
/// One database for one contract test class: made in <see cref="InitializeAsync"/>, removed in <see cref="DisposeAsync"/>.
/// A provider that is not configured skips every test (<see cref="Require"/>), except PostgreSQL under <c>CI=true</c>,
/// where it fails them: CI must run the contract suite on a real server.
/// </summary>
public abstract class ProviderFixture : IAsyncLifetime
{
    private Exception? _failure;
    private Storage? _storage;

    public ManualTime Time { get; } = new();

    public string AttachmentFolder { get; } = Path.Combine(Path.GetTempPath(), "perizinan-attachments-" + Guid.NewGuid().ToString("N"));

    /// <summary>Why the tests are skipped, or <c>null</c>.</summary>
    protected string? SkipReason { get; set; }

    /// <summary>Why the tests fail without running, or <c>null</c>.</summary>
    protected string? FailReason { get; set; }

    public StorageOptions Options { get; private set; } = new();

    public Storage Storage
    {
        get
        {
            Require();
            return _storage!;
        }
    }

    /// <summary>Skips or fails the calling test when the provider is not there.</summary>
    public void Require()
    {
        Skip.If(SkipReason is not null, SkipReason);
        if (FailReason is not null)
        {
            Assert.Fail(FailReason);
        }

        if (_failure is not null)
        {
            throw new InvalidOperationException("The test database could not be made.", _failure);
        }
    }

    public async Task InitializeAsync()
    {
        try
        {
            var connectionString = await CreateDatabaseAsync();
            if (connectionString is null)
            {
                return;
            }

            Options = new StorageOptions
            {
                Provider = Provider,
                ConnectionString = connectionString,
                DefaultTenant = "default",
                AttachmentFolder = AttachmentFolder,
            };
            _storage = await Storage.OpenAsync(Options, Time);
        }
        catch (Exception e)
        {
            _failure = e;
        }
    }

    public async Task DisposeAsync()
    {
        await DropDatabaseAsync();
        if (Directory.Exists(AttachmentFolder))
        {
            Directory.Delete(AttachmentFolder, recursive: true);
        }
    }

    protected abstract StorageProvider Provider { get; }

    /// <summary>Makes an empty database and returns its connection string, or sets a reason and returns <c>null</c>.</summary>
    protected abstract Task<string?> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    protected static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
