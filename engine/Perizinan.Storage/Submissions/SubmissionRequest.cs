using System.Text.Json;
using Perizinan.Engine.Evaluation;
using Perizinan.Storage.Drafts;

namespace Perizinan.Storage.Submissions;

/// <summary>
/// What to submit: the draft (at the revision that was evaluated) and what the server computed from it. Build it with
/// <see cref="Prepare"/> so that the answers are the engine's cleaned answers, never the browser's.
/// </summary>
/// <param name="DraftId">The draft to submit.</param>
/// <param name="DraftRevision">The revision that was evaluated; a draft saved since then gives a conflict.</param>
/// <param name="Answers">The cleaned answers (hidden answers removed, computed values filled in), a JSON object.</param>
/// <param name="ComputedValues">The computed values by path, a JSON object.</param>
/// <param name="Fees">The fee lines that apply.</param>
/// <param name="FeeTotal">Their sum, in rupiah.</param>
/// <param name="Destinations">The queue destinations (configuration names) to deliver the submission to.</param>
public sealed record SubmissionRequest(
    Guid DraftId,
    long DraftRevision,
    JsonElement Answers,
    JsonElement ComputedValues,
    IReadOnlyList<FeeLine> Fees,
    decimal FeeTotal,
    IReadOnlyList<string> Destinations)
{
    /// <summary>
    /// Re-evaluates the draft's answers on the server. Returns the request, or <c>null</c> when the answers are not
    /// complete; <paramref name="state"/> then holds the field errors to show.
    /// </summary>
    public static SubmissionRequest? Prepare(CompiledForm form, Draft draft, DateOnly today, IReadOnlyList<string> destinations, out FormState state)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(destinations);
        if (form.ContentHash != draft.ContentHash)
        {
            throw new ArgumentException($"Draft {draft.Id} is pinned to {draft.FormId} {draft.FormVersion} ({draft.ContentHash}), not to {form.Id} {form.Version} ({form.ContentHash}).", nameof(form));
        }

        state = form.Evaluate(draft.Answers, today);
        if (!state.Complete || state.Errors.Count > 0)
        {
            return null;
        }

        var cleaned = form.Clean(draft.Answers, today);
        var values = new System.Text.Json.Nodes.JsonObject();
        foreach (var (path, value) in state.Values)
        {
            values[path] = value?.DeepClone();
        }

        return new SubmissionRequest(
            draft.Id, draft.Revision, JsonSerializer.SerializeToElement(cleaned), JsonSerializer.SerializeToElement(values),
            state.Fees, state.Total, destinations);
    }
}
