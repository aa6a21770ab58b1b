using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Attachments;

/// <summary>The SQL attachment store of one tenant.</summary>
internal sealed class AttachmentStore(Database database, string tenant, IAttachmentContent content) : IAttachmentStore
{
    private const string Columns = "draft_id, sha256, size, media_type, file_name, slot, created_at";

    public async Task<Attachment?> AddAsync(Guid draftId, string slot, string fileName, string mediaType, Stream bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(mediaType);
        var draft = Ids.Text(draftId);
        var open = await database.ReadAsync(
            unit => unit.ScalarAsync<long>("SELECT COUNT(*) FROM drafts WHERE tenant_id = @tenant AND id = @draft AND submission_id IS NULL", new { tenant, draft }),
            cancellationToken).ConfigureAwait(false);
        if (open == 0)
        {
            return null;
        }

        // Bytes first, then the record: a crash in between leaves unreferenced bytes, never a record without bytes.
        var (sha256, size) = await content.WriteAsync(tenant, bytes, cancellationToken).ConfigureAwait(false);
        var dialect = database.Dialect;
        var now = database.Now();
        return await database.InTransactionAsync(
            async unit =>
            {
                var stillOpen = await unit.QuerySingleOrNullAsync(
                    dialect.SelectForUpdate("submission_id", "drafts", "tenant_id = @tenant AND id = @draft"), new { tenant, draft }).ConfigureAwait(false);
                if (stillOpen is not { } row || row.TextOrNull("submission_id") is not null)
                {
                    return null;
                }

                await unit.ExecuteAsync(
                    dialect.InsertIfMissing("attachments", "tenant_id, " + Columns, "@tenant, @draft, @sha256, @size, @mediaType, @fileName, @slot, @now",
                        "tenant_id = @tenant AND draft_id = @draft AND sha256 = @sha256"),
                    new { tenant, draft, sha256, size, mediaType, fileName, slot, now = dialect.Time(now) }).ConfigureAwait(false);
                var stored = await unit.QuerySingleOrNullAsync(
                    $"SELECT {Columns} FROM attachments WHERE tenant_id = @tenant AND draft_id = @draft AND sha256 = @sha256", new { tenant, draft, sha256 }).ConfigureAwait(false);
                return Read(stored!.Value);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<Attachment>> ListAsync(Guid draftId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async unit => (IReadOnlyList<Attachment>)(await unit.QueryAsync(
                    $"SELECT {Columns} FROM attachments WHERE tenant_id = @tenant AND draft_id = @draft ORDER BY created_at, sha256",
                    new { tenant, draft = Ids.Text(draftId) }).ConfigureAwait(false))
                .Select(Read).ToList(),
            cancellationToken);

    public async Task<Stream?> OpenAsync(Guid draftId, string sha256, CancellationToken cancellationToken = default)
    {
        var recorded = await database.ReadAsync(
            unit => unit.ScalarAsync<long>(
                "SELECT COUNT(*) FROM attachments WHERE tenant_id = @tenant AND draft_id = @draft AND sha256 = @sha256",
                new { tenant, draft = Ids.Text(draftId), sha256 }),
            cancellationToken).ConfigureAwait(false);
        return recorded == 0 ? null : await content.OpenReadAsync(tenant, sha256, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> RemoveAsync(Guid draftId, string sha256, CancellationToken cancellationToken = default) =>
        database.InTransactionAsync(
            async unit => await unit.ExecuteAsync(
                "DELETE FROM attachments WHERE tenant_id = @tenant AND draft_id = @draft AND sha256 = @sha256 "
                + "AND EXISTS (SELECT 1 FROM drafts WHERE drafts.tenant_id = @tenant AND drafts.id = @draft AND drafts.submission_id IS NULL)",
                new { tenant, draft = Ids.Text(draftId), sha256 }).ConfigureAwait(false) > 0,
            cancellationToken);

    private static Attachment Read(Row row) => new(
        row.Id("draft_id"), row.Text("sha256"), row.Long("size"), row.Text("media_type"), row.Text("file_name"), row.Text("slot"), row.Time("created_at"));
}
