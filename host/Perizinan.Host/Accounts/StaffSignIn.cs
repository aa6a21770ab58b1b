namespace Perizinan.Host.Accounts;

/// <summary>The answer of <see cref="StaffDirectory.SignIn"/>.</summary>
/// <param name="Outcome">Whether the password was right.</param>
/// <param name="Account">The account when <see cref="StaffSignInOutcome.SignedIn"/>.</param>
/// <param name="LockedUntil">When a lock-out ends.</param>
public sealed record StaffSignIn(StaffSignInOutcome Outcome, StaffAccountOptions? Account, DateTimeOffset? LockedUntil);
