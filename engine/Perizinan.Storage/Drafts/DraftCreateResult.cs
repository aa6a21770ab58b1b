namespace Perizinan.Storage.Drafts;

/// <summary>The result of <see cref="IDraftStore.CreateAsync"/>.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Draft">The new draft when <see cref="DraftCreateOutcome.Created"/>, else <c>null</c>.</param>
public sealed record DraftCreateResult(DraftCreateOutcome Outcome, Draft? Draft);
