namespace Perizinan.Host.Accounts;

/// <summary>The kind of address a message goes to.</summary>
public enum ContactKind
{
    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An Indonesian mobile number, written <c>+628…</c>.</summary>
    Phone,
}
