namespace Perizinan.Host.Accounts;

/// <summary>The names of the authorization and rate-limit policies of signed-in users.</summary>
public static class AccountPolicies
{
    /// <summary>A desk officer or an administrator (role <c>petugas</c> or <c>admin</c>, signed in with a password).</summary>
    public const string Officer = "Officer";

    /// <summary>An administrator.</summary>
    public const string Admin = "Admin";

    /// <summary>A citizen signed in by NIK (role <c>warga</c>).</summary>
    public const string Citizen = "Citizen";

    /// <summary>The rate-limit policy of the sign-in form posts, partitioned by client IP address.</summary>
    public const string SignInRateLimit = "signin";
}
