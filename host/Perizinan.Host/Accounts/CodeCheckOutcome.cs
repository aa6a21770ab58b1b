namespace Perizinan.Host.Accounts;

/// <summary>What a typed one-time code turned out to be.</summary>
public enum CodeCheckOutcome
{
    /// <summary>The right code, now used up: the citizen may be signed in.</summary>
    Valid,

    /// <summary>A wrong code; the code stays valid for the tries left.</summary>
    Wrong,

    /// <summary>A wrong code that used up the last try: the code is void.</summary>
    Void,

    /// <summary>The code's lifetime had passed; it is void.</summary>
    Expired,

    /// <summary>No code is outstanding (never requested, already used, or voided).</summary>
    NoCode,

    /// <summary>The NIK is locked out after too many wrong codes.</summary>
    LockedOut,
}
