using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Audit;

/// <summary>
/// Appends to a tenant's chain inside the caller's transaction. The chain head row (<c>audit_heads</c>) is locked for
/// the rest of the transaction, so appends of one tenant are serialized and sequence numbers have no gaps. Every
/// store takes this lock last, after its own rows, so lock order is the same everywhere (no deadlocks between stores).
/// </summary>
internal static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static async Task<AuditEntry> AppendAsync(
        Database.Unit unit, SqlDialect dialect, string tenant, DateTimeOffset at, string action, string subject, string? detailJson)
    {
        var detail = string.IsNullOrWhiteSpace(detailJson) ? "{}" : detailJson;
        await unit.ExecuteAsync(
            dialect.InsertIfMissing("audit_heads", "tenant_id, last_seq, last_hash", "@tenant, 0, @genesis", "tenant_id = @tenant"),
            new { tenant, genesis = Genesis }).ConfigureAwait(false);
        var head = await unit.QuerySingleOrNullAsync(
            dialect.SelectForUpdate("last_seq, last_hash", "audit_heads", "tenant_id = @tenant"), new { tenant }).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The audit head of tenant '{tenant}' vanished.");

        var seq = head.Long("last_seq") + 1;
        var previous = head.Text("last_hash");
        var hash = Hash(previous, tenant, seq, at, action, subject, detail);
        await unit.ExecuteAsync(
            "INSERT INTO audit_log (tenant_id, seq, at, action, subject, detail, prev_hash, hash) "
            + "VALUES (@tenant, @seq, @at, @action, @subject, @detail, @previous, @hash)",
            new { tenant, seq, at = dialect.Time(at), action, subject, detail, previous, hash }).ConfigureAwait(false);
        await unit.ExecuteAsync(
            "UPDATE audit_heads SET last_seq = @seq, last_hash = @hash WHERE tenant_id = @tenant",
            new { tenant, seq, hash }).ConfigureAwait(false);
        return new AuditEntry(seq, at, action, subject, detail, previous, hash);
    }

    /// <summary>
    /// SHA-256 over the previous hash and the entry's fields, each written as <c>length:value</c> so that no two
    /// different entries share a canonical form.
    /// </summary>
    public static string Hash(string previous, string tenant, long seq, DateTimeOffset at, string action, string subject, string detail)
    {
        var text = new StringBuilder();
        foreach (var field in new[]
                 {
                     previous, tenant, seq.ToString(CultureInfo.InvariantCulture),
                     at.UtcDateTime.ToString(TimeParameter.TextFormat, CultureInfo.InvariantCulture), action, subject, detail,
                 })
        {
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
