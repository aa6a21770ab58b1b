namespace Perizinan.Host.Accounts;

/// <summary>The answer of <see cref="AssistedApplications.StartAsync"/>.</summary>
/// <param name="Outcome">Whether the draft was started, and if not, why.</param>
/// <param name="DraftId">The new draft when <see cref="AssistedStartOutcome.Started"/>.</param>
public sealed record AssistedStart(AssistedStartOutcome Outcome, Guid? DraftId);
