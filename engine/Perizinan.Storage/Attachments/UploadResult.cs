using Perizinan.Engine.Evaluation;

namespace Perizinan.Storage.Attachments;

/// <summary>The outcome of <see cref="AttachmentUploads.UploadAsync"/>: the stored attachment, or why nothing was stored.</summary>
/// <param name="Attachment">The attachment recorded on the draft; <c>null</c> when refused.</param>
/// <param name="Error">
/// Why the upload was refused, keyed by the slot's path: the codes of <c>UploadCheck</c> (<c>slot</c>, <c>empty</c>,
/// <c>tooLarge</c>, <c>mediaType</c>) or <c>draft</c> (no such open draft in this tenant); <c>null</c> when stored.
/// </param>
public sealed record UploadResult(Attachment? Attachment, FieldError? Error);
