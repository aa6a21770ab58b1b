using System.Text.Json;

namespace Perizinan.Storage.Drafts;

/// <summary>A stored draft. Immutable (<see cref="Answers"/> is a detached copy).</summary>
/// <param name="Id">Its id.</param>
/// <param name="FormId">The form's id.</param>
/// <param name="FormVersion">The version it is pinned to.</param>
/// <param name="ContentHash">That version's content hash.</param>
/// <param name="Owner">Its owner, or <c>null</c> when anonymous.</param>
/// <param name="ResumeCode">The resume code of an anonymous draft (8 characters, no look-alikes), else <c>null</c>.</param>
/// <param name="Answers">The answers, a JSON object; hidden answers are kept (the citizen may go back).</param>
/// <param name="Revision">The revision, from 1; each save adds one.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="UpdatedAt">When it was last saved (UTC).</param>
/// <param name="ExpiresAt">When it may be purged unless saved again (UTC).</param>
/// <param name="SubmissionId">The submission made from it, or <c>null</c>.</param>
public sealed record Draft(
    Guid Id,
    string FormId,
    string FormVersion,
    string ContentHash,
    string? Owner,
    string? ResumeCode,
    JsonElement Answers,
    long Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset ExpiresAt,
    Guid? SubmissionId);
