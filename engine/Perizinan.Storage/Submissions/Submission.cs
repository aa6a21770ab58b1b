using System.Text.Json;

namespace Perizinan.Storage.Submissions;

/// <summary>A stored submission: never changes after it was written. Immutable.</summary>
/// <param name="Id">Its id (also the idempotency key's root for deliveries).</param>
/// <param name="DraftId">The draft it was made from.</param>
/// <param name="RegistrationNumber">The registration number (nomor registrasi), e.g. <c>REK-2026-000123</c>.</param>
/// <param name="FormId">The form's id.</param>
/// <param name="FormVersion">The form's version.</param>
/// <param name="ContentHash">The form version's content hash.</param>
/// <param name="Owner">The draft's owner, or <c>null</c>.</param>
/// <param name="Answers">The cleaned answers.</param>
/// <param name="ComputedValues">The computed values by path.</param>
/// <param name="Fees">The fees: <c>{"total": ..., "lines": [...]}</c>.</param>
/// <param name="AttachmentHashes">The SHA-256 of each attachment of the draft, in order.</param>
/// <param name="SubmittedAt">When it was received (UTC).</param>
public sealed record Submission(
    Guid Id,
    Guid DraftId,
    string RegistrationNumber,
    string FormId,
    string FormVersion,
    string ContentHash,
    string? Owner,
    JsonElement Answers,
    JsonElement ComputedValues,
    JsonElement Fees,
    IReadOnlyList<string> AttachmentHashes,
    DateTimeOffset SubmittedAt);
