using Perizinan.Engine.Attachments;
using Perizinan.Engine.Evaluation;

namespace Perizinan.Storage.Attachments;

/// <summary>
/// Takes a citizen's upload for a draft: reads at most one byte more than the slot allows (so an oversize upload costs
/// no more than the limit), checks it with <see cref="UploadCheck"/> and stores it only when it is accepted, under the
/// media type found in its content (the type the browser claimed is ignored). A refused upload changes nothing stored.
/// </summary>
public static class AttachmentUploads
{
    /// <summary>Checks and stores an upload.</summary>
    /// <param name="attachments">The tenant's attachment store.</param>
    /// <param name="form">The compiled form the draft is pinned to.</param>
    /// <param name="draftId">The draft.</param>
    /// <param name="slot">The file question's path (<c>dokumen.ktp</c>, <c>papan[0].foto_lokasi</c>).</param>
    /// <param name="fileName">The name the citizen's file had (for display only).</param>
    /// <param name="content">The bytes; read once, not disposed.</param>
    /// <param name="cancellationToken">Cancels the read and the store.</param>
    public static async Task<UploadResult> UploadAsync(
        IAttachmentStore attachments, CompiledForm form, Guid draftId, string slot, string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(content);

        // Ask the slot's limit first (a slot that does not exist gets its error without reading anything).
        var limit = UploadCheck.Limit(form, slot);
        if (limit is null)
        {
            return new UploadResult(null, UploadCheck.Check(form, slot, 0, []).Error);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, (int)Math.Min(read, limit.Value + 1 - buffer.Length));
            if (buffer.Length > limit.Value)
            {
                break;
            }
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var check = UploadCheck.Check(form, slot, buffer.Length, bytes);
        if (!check.Accepted)
        {
            return new UploadResult(null, check.Error);
        }

        buffer.Position = 0;
        var stored = await attachments.AddAsync(draftId, slot, fileName, check.MediaType!, buffer, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? new UploadResult(null, new FieldError(slot, "draft", new LocalizedMessage(
                "Draf tidak ditemukan atau sudah diajukan; berkas tidak disimpan.",
                "The draft does not exist or was already submitted; the file was not stored.")))
            : new UploadResult(stored, null);
    }
}
