using Perizinan.Storage.Audit;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Submissions;

/// <summary>An audit entry still to append to <paramref name="Tenant"/>'s chain, in the transaction that made it.</summary>
internal sealed record PendingAudit(string Tenant, DateTimeOffset At, string Action, string Subject, string Detail)
{
    public Task<AuditEntry> AppendAsync(Database.Unit unit, SqlDialect dialect) =>
        AuditChain.AppendAsync(unit, dialect, Tenant, At, Action, Subject, Detail);
}
