using System.Collections.Concurrent;

namespace Perizinan.Host.Accounts;

/// <summary>
/// The configured staff accounts and their password check, with a lock-out after
/// <see cref="SignInOptions.WrongPasswordsBeforeLockout"/> wrong passwords within <see cref="SignInOptions.Window"/>.
/// Unknown user names cost the same hashing work and are locked out the same way, so neither timing nor messages tell
/// which names exist. Thread-safe; one per process (lock-outs are in memory, like <see cref="OneTimeCodes"/>).
/// </summary>
public sealed class StaffDirectory(IReadOnlyList<StaffAccountOptions> accounts, SignInOptions options, TimeProvider time)
{
    // Verified against when the user name is unknown, so that the answer takes as long as for a known one.
    private static readonly Lazy<string> Decoy = new(() => PasswordHash.Hash(Guid.NewGuid().ToString()));

    private readonly Dictionary<string, StaffAccountOptions> _accounts = accounts
        .GroupBy(a => a.UserName, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The account with this user name (any case), or <c>null</c>.</summary>
    public StaffAccountOptions? Find(string userName) => _accounts.GetValueOrDefault(userName.Trim());

    /// <summary>Checks a user name and password; a success clears the user name's count of wrong passwords.</summary>
    public StaffSignIn SignIn(string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        var now = time.GetUtcNow();
        var failures = _failures.GetOrAdd(userName.Trim(), _ => new Failures());
        lock (failures)
        {
            if (failures.LockedUntil > now)
            {
                return new StaffSignIn(StaffSignInOutcome.LockedOut, null, failures.LockedUntil);
            }

            var account = _accounts.GetValueOrDefault(userName.Trim());
            var matches = PasswordHash.Verify(password, account?.PasswordHash ?? Decoy.Value);
            if (account is not null && matches)
            {
                failures.Recent.Clear();
                return new StaffSignIn(StaffSignInOutcome.SignedIn, account, null);
            }

            failures.Recent.Enqueue(now);
            while (failures.Recent.TryPeek(out var first) && first <= now - options.Window)
            {
                failures.Recent.Dequeue();
            }

            if (failures.Recent.Count >= options.WrongPasswordsBeforeLockout)
            {
                failures.Recent.Clear();
                failures.LockedUntil = now + options.Lockout;
                return new StaffSignIn(StaffSignInOutcome.LockedOut, null, failures.LockedUntil);
            }

            return new StaffSignIn(StaffSignInOutcome.Wrong, null, null);
        }
    }

    private sealed class Failures
    {
        public Queue<DateTimeOffset> Recent { get; } = new();

        public DateTimeOffset LockedUntil { get; set; }
    }
}
