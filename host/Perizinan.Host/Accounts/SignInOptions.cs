namespace Perizinan.Host.Accounts;

/// <summary>
/// Limits of signing in (section <c>Perizinan:SignIn</c>): how long a one-time code lives, how many tries and requests
/// are allowed, how long a lock-out and a session last. The defaults are the deployment defaults; tests raise the per-IP
/// limits because every test request comes from the same address.
/// </summary>
public sealed class SignInOptions
{
    /// <summary>How long a one-time code is valid.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong codes allowed against one issued code; the last of them voids it.</summary>
    public int WrongCodesPerCode { get; set; } = 5;

    /// <summary>The window in which requests and failures are counted.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Codes that may be requested for one NIK per <see cref="Window"/>.</summary>
    public int CodeRequestsPerNik { get; set; } = 3;

    /// <summary>Codes that may be requested from one IP address per <see cref="Window"/>.</summary>
    public int CodeRequestsPerClient { get; set; } = 20;

    /// <summary>Wrong codes for one NIK within <see cref="Window"/> (over all its codes) that lock the NIK out.</summary>
    public int WrongCodesBeforeLockout { get; set; } = 10;

    /// <summary>Wrong passwords for one staff user name within <see cref="Window"/> that lock it out.</summary>
    public int WrongPasswordsBeforeLockout { get; set; } = 5;

    /// <summary>How long a locked-out NIK or staff user name must wait.</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in form posts allowed from one IP address per minute (ASP.NET Core rate limiting, before any work).</summary>
    public int PostsPerClientPerMinute { get; set; } = 30;

    /// <summary>A citizen's session, renewed while in use (sliding).</summary>
    public TimeSpan CitizenSession { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A staff member's session, renewed while in use (sliding): a working day at the desk.</summary>
    public TimeSpan StaffSession { get; set; } = TimeSpan.FromHours(8);
}
