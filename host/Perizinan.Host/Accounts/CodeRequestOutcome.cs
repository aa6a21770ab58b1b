namespace Perizinan.Host.Accounts;

/// <summary>What became of a request for a one-time code.</summary>
public enum CodeRequestOutcome
{
    /// <summary>A new code was issued; any earlier code of the NIK is void.</summary>
    Issued,

    /// <summary>Too many codes were requested for this NIK or from this address lately.</summary>
    TooManyRequests,

    /// <summary>The NIK is locked out after too many wrong codes.</summary>
    LockedOut,
}
