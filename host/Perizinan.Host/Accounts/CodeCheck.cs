namespace Perizinan.Host.Accounts;

/// <summary>The answer of <see cref="OneTimeCodes.Check"/>.</summary>
/// <param name="Outcome">Whether the code was right, and if not, what now.</param>
/// <param name="AttemptsLeft">Tries left on this code after a <see cref="CodeCheckOutcome.Wrong"/> one.</param>
/// <param name="LockedUntil">When a lock-out ends.</param>
public sealed record CodeCheck(CodeCheckOutcome Outcome, int AttemptsLeft, DateTimeOffset? LockedUntil);
