using Perizinan.Storage.Attachments;

namespace Perizinan.Host.Api.Contracts;

/// <summary>An attachment of a draft.</summary>
/// <param name="Sha256">The SHA-256 of its bytes: the answer to give the file question.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="MediaType">The media type found in its content.</param>
/// <param name="FileName">The name it was uploaded with (display only).</param>
/// <param name="Slot">The file question it was uploaded for.</param>
/// <param name="CreatedAt">When it was stored (UTC).</param>
/// <param name="Href">Where to download it.</param>
public sealed record AttachmentDocument(string Sha256, long Size, string MediaType, string FileName, string Slot, DateTimeOffset CreatedAt, string Href)
{
    internal static AttachmentDocument From(Attachment a) =>
        new(a.Sha256, a.Size, a.MediaType, a.FileName, a.Slot, a.CreatedAt, $"/api/v1/drafts/{a.DraftId}/attachments/{a.Sha256}");
}
