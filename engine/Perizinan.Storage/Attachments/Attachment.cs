namespace Perizinan.Storage.Attachments;

/// <summary>An attachment of a draft (the metadata; the bytes are in <see cref="IAttachmentContent"/>). Immutable.</summary>
/// <param name="DraftId">The draft it belongs to.</param>
/// <param name="Sha256">The SHA-256 of its bytes (64 lower-case hex digits): its address.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="MediaType">Its media type (<c>application/pdf</c>).</param>
/// <param name="FileName">The file name the citizen uploaded (for display only).</param>
/// <param name="Slot">The package's attachment slot it was uploaded for.</param>
/// <param name="CreatedAt">When it was stored (UTC).</param>
public sealed record Attachment(Guid DraftId, string Sha256, long Size, string MediaType, string FileName, string Slot, DateTimeOffset CreatedAt);
