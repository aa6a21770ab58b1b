namespace Perizinan.Storage.Attachments;

/// <summary>
/// Where attachment bytes live, addressed by their SHA-256: the same bytes are stored once per tenant. The metadata is
/// in the database (<see cref="IAttachmentStore"/>), which is the only way callers reach the bytes. Thread-safe.
/// </summary>
public interface IAttachmentContent
{
    /// <summary>Stores the bytes of <paramref name="content"/> durably and returns their SHA-256 (64 lower-case hex digits) and size.</summary>
    Task<(string Sha256, long Size)> WriteAsync(string tenant, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Opens the bytes with this SHA-256 for reading, or returns <c>null</c> when they are not stored.</summary>
    Task<Stream?> OpenReadAsync(string tenant, string sha256, CancellationToken cancellationToken = default);
}
