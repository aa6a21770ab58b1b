using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Audit;

/// <summary>The SQL audit log of one tenant.</summary>
internal sealed class AuditLog(Database database, string tenant) : IAuditLog
{
    private const string Columns = "seq, at, action, subject, detail, prev_hash, hash";

    public Task<AuditEntry> AppendAsync(string action, string subject, string? detailJson = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(action);
        ArgumentNullException.ThrowIfNull(subject);
        return database.InTransactionAsync(
            unit => AuditChain.AppendAsync(unit, database.Dialect, tenant, database.Now(), action, subject, detailJson),
            cancellationToken);
    }

    public Task<IReadOnlyList<AuditEntry>> ListAsync(long fromSeq = 1, int max = 1000, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async unit => (IReadOnlyList<AuditEntry>)(await unit.QueryAsync(
                    $"SELECT {Columns} FROM audit_log WHERE tenant_id = @tenant AND seq >= @fromSeq AND seq < @toSeq ORDER BY seq",
                    new { tenant, fromSeq, toSeq = fromSeq + max }).ConfigureAwait(false))
                .Select(Read).ToList(),
            cancellationToken);

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async unit =>
            {
                var rows = await unit.QueryAsync($"SELECT {Columns} FROM audit_log WHERE tenant_id = @tenant ORDER BY seq", new { tenant }).ConfigureAwait(false);
                var head = await unit.QuerySingleOrNullAsync("SELECT last_seq, last_hash FROM audit_heads WHERE tenant_id = @tenant", new { tenant }).ConfigureAwait(false);
                return Verify(rows.Select(Read).ToList(), head?.Long("last_seq") ?? 0, head?.Text("last_hash") ?? AuditChain.Genesis);
            },
            cancellationToken);

    private AuditVerification Verify(IReadOnlyList<AuditEntry> entries, long headSeq, string headHash)
    {
        var previous = AuditChain.Genesis;
        var expectedSeq = 1L;
        foreach (var entry in entries)
        {
            if (entry.Seq != expectedSeq)
            {
                return Broken(entries, expectedSeq, $"entry {expectedSeq} is missing (the next stored entry is {entry.Seq})", headHash);
            }

            if (entry.PreviousHash != previous)
            {
                return Broken(entries, entry.Seq, $"entry {entry.Seq} does not follow the entry before it", headHash);
            }

            var hash = AuditChain.Hash(previous, tenant, entry.Seq, entry.At, entry.Action, entry.Subject, entry.DetailJson);
            if (hash != entry.Hash)
            {
                return Broken(entries, entry.Seq, $"entry {entry.Seq} was changed after it was written", headHash);
            }

            previous = hash;
            expectedSeq++;
        }

        if (headSeq != expectedSeq - 1 || headHash != previous)
        {
            return Broken(entries, expectedSeq, $"the chain ends at entry {expectedSeq - 1} but its head says {headSeq}: entries were removed from the end", headHash);
        }

        return new AuditVerification(true, entries.Count, null, null, previous);
    }

    private static AuditVerification Broken(IReadOnlyList<AuditEntry> entries, long seq, string problem, string headHash) =>
        new(false, entries.Count, seq, problem, headHash);

    private static AuditEntry Read(Row row) => new(
        row.Long("seq"), row.Time("at"), row.Text("action"), row.Text("subject"), row.Text("detail"), row.Text("prev_hash"), row.Text("hash"));
}
