using System.Globalization;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Submissions.GroupCommit;

/// <summary>
/// Writes one batch of submits in one transaction. Each submit runs inside its own savepoint, so one that fails is rolled
/// back alone (its registration number too: numbers stay gap-free) and the others go on; audit entries are appended after
/// every submit's rows, so the audit head stays the last lock taken, as in every store. After the commit each caller gets
/// its own result. A submit that failed inside the batch is then tried again in a transaction of its own and its caller
/// gets that outcome (a transient error such as a deadlock victim succeeds there; a bad submit fails for its caller only).
/// If the batch transaction itself fails (connection, audit, commit), nothing of it was acknowledged and every submit is
/// tried on its own; submits are idempotent per draft, so a commit whose outcome was unknown is answered correctly too.
/// </summary>
internal static class GroupCommitBatch
{
    public static async Task RunAsync(SubmitWriter writer, IReadOnlyList<PendingSubmit> batch)
    {
        var live = batch.Where(p => !p.CancelIfRequested()).ToList();
        if (live.Count == 0)
        {
            return;
        }

        Outcome outcome;
        try
        {
            outcome = await writer.Database.InTransactionAsync(unit => WriteAllAsync(writer, unit, live), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            await AloneAsync(writer, live).ConfigureAwait(false);
            return;
        }

        foreach (var (pending, result) in outcome.Done)
        {
            pending.Complete(result);
        }

        await AloneAsync(writer, outcome.Failed).ConfigureAwait(false);
    }

    private static async Task<Outcome> WriteAllAsync(SubmitWriter writer, Database.Unit unit, List<PendingSubmit> live)
    {
        var transaction = unit.Transaction ?? throw new InvalidOperationException("A group commit batch needs a transaction.");
        var writes = new List<(PendingSubmit Pending, SubmitWrite Write)>(live.Count);
        var failed = new List<PendingSubmit>();
        for (var i = 0; i < live.Count; i++)
        {
            var savepoint = "s" + i.ToString(CultureInfo.InvariantCulture);
            await transaction.SaveAsync(savepoint).ConfigureAwait(false);
            try
            {
                var write = await writer.WriteAsync(unit, live[i].Command, writer.Database.Now()).ConfigureAwait(false);
                await transaction.ReleaseAsync(savepoint).ConfigureAwait(false);
                writes.Add((live[i], write));
            }
            catch (Exception)
            {
                // Only this submit's writes are undone; a failing rollback ends the batch (caught by RunAsync).
                await transaction.RollbackAsync(savepoint).ConfigureAwait(false);
                failed.Add(live[i]);
            }
        }

        // Audit heads last, tenant by tenant (ordinal order, stable within a tenant), as every store locks them.
        foreach (var audit in writes.Select(w => w.Write.Audit).OfType<PendingAudit>().OrderBy(a => a.Tenant, StringComparer.Ordinal))
        {
            await audit.AppendAsync(unit, writer.Database.Dialect).ConfigureAwait(false);
        }

        return new Outcome(writes.Select(w => (w.Pending, w.Write.Result)).ToList(), failed);
    }

    private static async Task AloneAsync(SubmitWriter writer, IReadOnlyList<PendingSubmit> submits)
    {
        foreach (var pending in submits)
        {
            try
            {
                pending.Complete(await writer.SubmitAloneAsync(pending.Command, pending.CancellationToken).ConfigureAwait(false));
            }
            catch (Exception e)
            {
                pending.Fail(e);
            }
        }
    }

    private sealed record Outcome(IReadOnlyList<(PendingSubmit Pending, SubmitResult Result)> Done, IReadOnlyList<PendingSubmit> Failed);
}
