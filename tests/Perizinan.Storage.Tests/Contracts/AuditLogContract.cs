using System.Data.Common;
using Dapper;
using Perizinan.Storage.Tests.Providers;

namespace Perizinan.Storage.Tests.Contracts;

/// <summary>The audit chain verifies, and names the first entry that was edited or removed.</summary>
public abstract class AuditLogContract(ProviderFixture fixture) : StoreContract(fixture)
{
    [SkippableFact]
    public async Task Verify_StateChanges_ChainIntactInOrder()
    {
        var (tenant, _) = await SubmittedAsync(NewDestination());
        await tenant.Audit.AppendAsync("officer.note", "catatan", """{"text": "berkas lengkap"}""");

        var verification = await tenant.Audit.VerifyAsync();
        var entries = await tenant.Audit.ListAsync();

        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(["form.published", "draft.created", "submission.received", "officer.note"], entries.Select(e => e.Action));
        Assert.Equal(Enumerable.Range(1, 4).Select(i => (long)i), entries.Select(e => e.Seq));
        Assert.Equal(entries[^1].Hash, verification.LastHash);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
    }

    [SkippableFact]
    public async Task Verify_EditedEntry_ReportsThatEntry()
    {
        var tenant = await ChainOfFiveAsync();

        await ExecuteAsync("UPDATE audit_log SET detail = '{\"n\": 99}' WHERE tenant_id = @tenant AND seq = 3", tenant.TenantId);
        var verification = await tenant.Audit.VerifyAsync();

        Assert.False(verification.Intact);
        Assert.Equal(3, verification.FirstBrokenSeq);
    }

    [SkippableFact]
    public async Task Verify_DeletedEntry_ReportsTheGap()
    {
        var tenant = await ChainOfFiveAsync();

        await ExecuteAsync("DELETE FROM audit_log WHERE tenant_id = @tenant AND seq = 2", tenant.TenantId);
        var verification = await tenant.Audit.VerifyAsync();

        Assert.False(verification.Intact);
        Assert.Equal(2, verification.FirstBrokenSeq);
    }

    [SkippableFact]
    public async Task Verify_DeletedLastEntry_ReportsTheEnd()
    {
        var tenant = await ChainOfFiveAsync();

        await ExecuteAsync("DELETE FROM audit_log WHERE tenant_id = @tenant AND seq = 5", tenant.TenantId);
        var verification = await tenant.Audit.VerifyAsync();

        Assert.False(verification.Intact);
        Assert.Equal(5, verification.FirstBrokenSeq);
    }

    [SkippableFact]
    public async Task Append_Concurrent_ChainStaysIntact()
    {
        var tenant = NewTenant();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => tenant.Audit.AppendAsync("test.concurrent", $"s{i}"))));

        var verification = await tenant.Audit.VerifyAsync();
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(20, verification.EntriesChecked);
    }

    private async Task<ITenantStorage> ChainOfFiveAsync()
    {
        var tenant = NewTenant();
        for (var n = 1; n <= 5; n++)
        {
            await tenant.Audit.AppendAsync("test.step", $"step-{n}", $$"""{"n": {{n}}}""");
            Time.Advance(TimeSpan.FromMilliseconds(1.5));
        }

        Assert.True((await tenant.Audit.VerifyAsync()).Intact);
        return tenant;
    }

    /// <summary>Tampers with the database behind the stores' back, as an attacker with SQL access would.</summary>
    private async Task ExecuteAsync(string sql, string tenant)
    {
        var database = new Sql.Database(Sql.SqlDialect.For(Fixture.Options.Provider), Fixture.Options.ConnectionString, Time);
        await using DbConnection connection = await database.OpenAsync(CancellationToken.None);
        Assert.Equal(1, await connection.ExecuteAsync(sql, new { tenant }));
    }
}
