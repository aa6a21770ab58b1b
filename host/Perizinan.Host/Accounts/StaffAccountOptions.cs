namespace Perizinan.Host.Accounts;

/// <summary>One staff account (an item of <c>Perizinan:Staff</c>).</summary>
public sealed class StaffAccountOptions
{
    /// <summary>The name typed at sign-in (compared without regard to case).</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>The name shown in the header and written to the audit log.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary><c>petugas</c> or <c>admin</c>.</summary>
    public string Role { get; set; } = PerizinanClaims.Petugas;

    /// <summary>The password's hash (<see cref="PasswordHash"/>; make one with <c>dotnet run --project host/Perizinan.Host -- hash-password</c>).</summary>
    public string PasswordHash { get; set; } = string.Empty;
}
