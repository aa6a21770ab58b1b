using Perizinan.Rules.Diagnostics;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Forms;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>Published versions are immutable; retired ones take no new drafts; a stored package loads back as it was.</summary>
public abstract class FormStoreContract(ProviderFixture fixture) : StoreContract(fixture)
{
    [SkippableFact]
    public async Task Publish_NewVersion_PublishedWithManifestData()
    {
        var tenant = NewTenant();

        var result = await tenant.Forms.PublishAsync(Reklame);

        Assert.Equal(PublishOutcome.Published, result.Outcome);
        Assert.Equal("izin-reklame", result.Form!.FormId);
        Assert.Equal("1.0.0", result.Form.Version);
        Assert.Equal("REK", result.Form.RegistrationPrefix);
        Assert.Equal(64, result.Form.ContentHash.Length);
        Assert.Equal(Time.GetUtcNow(), result.Form.PublishedAt);
    }

    [SkippableFact]
    public async Task Publish_SameContentTwice_AlreadyPublished()
    {
        var tenant = await TenantWithFormAsync();

        var again = await tenant.Forms.PublishAsync(Reklame);

        Assert.Equal(PublishOutcome.AlreadyPublished, again.Outcome);
        Assert.Single(await tenant.Forms.ListVersionsAsync("izin-reklame"));
    }

    [SkippableFact]
    public async Task List_TwoForms_EveryVersionOfThisTenantByForm()
    {
        var tenant = await TenantWithFormAsync();
        var renewal = PackageFolder.Read(Path.Combine(RepositoryRoot(), "samples", "forms", "perpanjangan-izin-reklame", "1.0.0"));
        Assert.Equal(PublishOutcome.Published, (await tenant.Forms.PublishAsync(renewal)).Outcome);
        Assert.Equal(PublishOutcome.Published, (await NewTenant().Forms.PublishAsync(Reklame)).Outcome);

        var listed = await tenant.Forms.ListAsync();

        Assert.Equal(["izin-reklame/1.0.0", "perpanjangan-izin-reklame/1.0.0"], listed.Select(f => $"{f.FormId}/{f.Version}"));
    }

    [SkippableFact]
    public async Task Publish_SameVersionOtherContent_RefusedAndStoredVersionUnchanged()
    {
        var tenant = await TenantWithFormAsync();
        var original = (await tenant.Forms.GetAsync("izin-reklame", "1.0.0"))!;
        var changed = Reklame.ToDictionary(f => f.Key, f => f.Value);
        changed["form.json"] = changed["form.json"].Replace("Izin Penyelenggaraan Reklame", "Izin Reklame (diubah)", StringComparison.Ordinal);

        var result = await tenant.Forms.PublishAsync(changed);

        Assert.Equal(PublishOutcome.DuplicateVersion, result.Outcome);
        Assert.Equal(original.Form.ContentHash, result.Form!.ContentHash);
        var stored = (await tenant.Forms.GetAsync("izin-reklame", "1.0.0"))!;
        Assert.Equal(original.Form, stored.Form);
        Assert.Equal(Reklame["form.json"], stored.Files["form.json"]);
    }

    [SkippableFact]
    public async Task Publish_BrokenPackage_RefusedNothingStored()
    {
        var tenant = NewTenant();
        var broken = Reklame.ToDictionary(f => f.Key, f => f.Value);
        broken["schema.json"] = "{ not json";

        var result = await tenant.Forms.PublishAsync(broken);

        Assert.Equal(PublishOutcome.Refused, result.Outcome);
        Assert.NotEmpty(result.Problems);
        Assert.Empty(await tenant.Forms.ListVersionsAsync("izin-reklame"));
    }

    [SkippableFact]
    public async Task GetByContentHash_StoredFiles_LoadAndCompileToSameHash()
    {
        var tenant = await TenantWithFormAsync();
        var hash = (await tenant.Forms.ListVersionsAsync("izin-reklame"))[0].ContentHash;

        var stored = await tenant.Forms.GetByContentHashAsync(hash);
        var diagnostics = new DiagnosticBag();
        var form = stored!.Compile(diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.Equal(hash, form!.ContentHash);
        Assert.Null(await tenant.Forms.GetByContentHashAsync(new string('0', 64)));
    }

    [SkippableFact]
    public async Task Retire_PublishedVersion_NoNewDraftsButListed()
    {
        var tenant = await TenantWithFormAsync();
        Time.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await tenant.Forms.RetireAsync("izin-reklame", "1.0.0"));
        Assert.True(await tenant.Forms.RetireAsync("izin-reklame", "1.0.0"));
        Assert.False(await tenant.Forms.RetireAsync("izin-reklame", "9.9.9"));

        var versions = await tenant.Forms.ListVersionsAsync("izin-reklame");
        Assert.Equal(Time.GetUtcNow(), Assert.Single(versions).RetiredAt);
        var draft = await tenant.Drafts.CreateAsync(new NewDraft("izin-reklame", "1.0.0"));
        Assert.Equal(DraftCreateOutcome.FormRetired, draft.Outcome);
        Assert.Null(draft.Draft);
    }
}
