namespace Perizinan.Storage.Attachments;

/// <summary>
/// The tenant's attachments (berkas) of drafts: metadata in the database, bytes content-addressed in an
/// <see cref="IAttachmentContent"/>. Limits and type checks by magic bytes belong to the caller (the package's slots).
/// Thread-safe.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>
    /// Stores the bytes and records them on the draft; the same bytes added twice are recorded once. Returns
    /// <c>null</c> when the draft does not exist in this tenant or was already submitted.
    /// </summary>
    Task<Attachment?> AddAsync(Guid draftId, string slot, string fileName, string mediaType, Stream content, CancellationToken cancellationToken = default);

    /// <summary>The draft's attachments, oldest first.</summary>
    Task<IReadOnlyList<Attachment>> ListAsync(Guid draftId, CancellationToken cancellationToken = default);

    /// <summary>Opens the bytes of an attachment recorded on the draft, or returns <c>null</c>.</summary>
    Task<Stream?> OpenAsync(Guid draftId, string sha256, CancellationToken cancellationToken = default);

    /// <summary>Removes the record from a draft not yet submitted; <c>false</c> when there was none.</summary>
    Task<bool> RemoveAsync(Guid draftId, string sha256, CancellationToken cancellationToken = default);
}
