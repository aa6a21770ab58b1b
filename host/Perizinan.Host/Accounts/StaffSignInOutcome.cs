namespace Perizinan.Host.Accounts;

/// <summary>What became of a staff sign-in.</summary>
public enum StaffSignInOutcome
{
    /// <summary>The user name and password match an account.</summary>
    SignedIn,

    /// <summary>Unknown user name or wrong password (the two are not told apart).</summary>
    Wrong,

    /// <summary>Too many wrong passwords: the user name is locked out for a while.</summary>
    LockedOut,
}
