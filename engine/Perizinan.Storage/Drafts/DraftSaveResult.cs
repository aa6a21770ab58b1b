namespace Perizinan.Storage.Drafts;

/// <summary>The result of <see cref="IDraftStore.SaveAsync"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Revision">The draft's revision now: the new one when saved, the current one on a conflict, 0 when not found.</param>
public sealed record DraftSaveResult(DraftSaveOutcome Outcome, long Revision);
