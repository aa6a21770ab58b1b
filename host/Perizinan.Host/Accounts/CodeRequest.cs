namespace Perizinan.Host.Accounts;

/// <summary>The answer of <see cref="OneTimeCodes.Request"/>.</summary>
/// <param name="Outcome">Whether a code was issued, and if not, why.</param>
/// <param name="Code">The new code (to send, never to show) when <see cref="CodeRequestOutcome.Issued"/>.</param>
/// <param name="Until">When the code expires, or when the lock-out or limit ends.</param>
public sealed record CodeRequest(CodeRequestOutcome Outcome, string? Code, DateTimeOffset? Until);
