using Perizinan.Engine.Evaluation;

namespace Perizinan.Engine.Attachments;

/// <summary>The outcome of <see cref="UploadCheck.Check"/>: the media type found in the content, or the problem.</summary>
/// <param name="MediaType">The media type recognised from the content when the upload is accepted; otherwise <c>null</c>.</param>
/// <param name="Error">
/// Why the upload is refused, keyed by the slot's path, with code <c>slot</c> (no such file question), <c>empty</c>,
/// <c>tooLarge</c> or <c>mediaType</c>; <c>null</c> when it is accepted.
/// </param>
public sealed record UploadCheckResult(string? MediaType, FieldError? Error)
{
    /// <summary>Whether the upload is accepted.</summary>
    public bool Accepted => Error is null;
}
