using System.Text.Json;
using Perizinan.Engine.Evaluation;
using Perizinan.Storage.Drafts;

namespace Perizinan.Host.Api.Contracts;

/// <summary>A draft with the form's state for its answers.</summary>
/// <param name="Id">The draft id; keep it secret: it opens the draft.</param>
/// <param name="FormId">The form id.</param>
/// <param name="Version">The form version the draft is pinned to.</param>
/// <param name="Revision">The current revision; send it back with the next save.</param>
/// <param name="ResumeCode">For an anonymous draft, the short code to come back with; otherwise <c>null</c>.</param>
/// <param name="Answers">The saved answers.</param>
/// <param name="ExpiresAt">When the draft is removed unless saved again.</param>
/// <param name="SubmissionId">The submission, once submitted.</param>
/// <param name="State">What the form shows for these answers: visible and required fields, errors, fees, next page.</param>
public sealed record DraftDocument(
    Guid Id,
    string FormId,
    string Version,
    long Revision,
    string? ResumeCode,
    JsonElement Answers,
    DateTimeOffset ExpiresAt,
    Guid? SubmissionId,
    FormState State)
{
    internal static DraftDocument From(Draft draft, FormState state) => new(
        draft.Id, draft.FormId, draft.FormVersion, draft.Revision, draft.ResumeCode, draft.Answers, draft.ExpiresAt, draft.SubmissionId, state);
}
