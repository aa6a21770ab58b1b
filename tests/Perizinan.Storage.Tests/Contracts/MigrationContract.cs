using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>Migrations are applied once, whatever the number of runs or processes starting together.</summary>
public abstract class MigrationContract(ProviderFixture fixture) : StoreContract(fixture)
{
    [SkippableFact]
    public async Task Migrate_RunAgain_AppliesNothing()
    {
        var applied = await Storage.MigrateAsync();

        Assert.Empty(applied);
    }

    [SkippableFact]
    public async Task Open_FourAtOnce_AllSucceedAndStoresWork()
    {
        Fixture.Require();

        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Storage.OpenAsync(Fixture.Options, Time))));

        Assert.All(opened, s => Assert.NotNull(s));
        Assert.Empty(await opened[0].MigrateAsync());
        var tenant = opened[3].ForTenant("migrated");
        Assert.Empty(await tenant.Forms.ListVersionsAsync("izin-reklame"));
    }
}
