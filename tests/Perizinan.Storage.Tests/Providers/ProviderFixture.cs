using Perizinan.Storage.Sql;

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

    /// <summary>Personal data key <c>a</c>, the fixture's current key (32 fixed bytes: a test key, never a real one).</summary>
    public static string KeyA { get; } = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    /// <summary>Personal data key <c>b</c>, for rotation tests.</summary>
    public static string KeyB { get; } = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());

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
                PersonalDataKeys = { ["a"] = KeyA },
                CurrentPersonalDataKeyId = "a",
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

    /// <summary>The database without the stores, to read and alter rows as they are stored.</summary>
    internal Database Raw
    {
        get
        {
            Require();
            return new Database(SqlDialect.For(Provider), Options.ConnectionString, Time);
        }
    }

    /// <summary>A copy of <see cref="Options"/> with other personal data keys, for a second storage on the same database.</summary>
    public StorageOptions WithKeys(string? current, params (string Id, string Key)[] keys)
    {
        var options = new StorageOptions
        {
            Provider = Options.Provider,
            ConnectionString = Options.ConnectionString,
            DefaultTenant = Options.DefaultTenant,
            AttachmentFolder = Options.AttachmentFolder,
            CurrentPersonalDataKeyId = current,
        };
        foreach (var (id, key) in keys)
        {
            options.PersonalDataKeys[id] = key;
        }

        return options;
    }

    protected abstract StorageProvider Provider { get; }

    /// <summary>Makes an empty database and returns its connection string, or sets a reason and returns <c>null</c>.</summary>
    protected abstract Task<string?> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    protected static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
