using System.Security.Claims;

namespace Perizinan.Host.Accounts;

/// <summary>
/// Who is signed in, as the pages and endpoints read it: a citizen (warga) identified by NIK after a one-time code, or
/// a staff member (petugas, admin) with a password. One cookie scheme carries either.
/// </summary>
internal static class PerizinanClaims
{
    /// <summary>The claim holding a signed-in citizen's NIK (16 digits).</summary>
    public const string Nik = "perizinan:nik";

    /// <summary>The claim holding a staff member's user name.</summary>
    public const string Staff = "perizinan:staff";

    /// <summary>The role of a citizen signed in by NIK.</summary>
    public const string Warga = "warga";

    /// <summary>The role of a desk officer, who may fill applications for walk-in citizens.</summary>
    public const string Petugas = "petugas";

    /// <summary>The role of an administrator (also has every <see cref="Petugas"/> right).</summary>
    public const string Admin = "admin";

    /// <summary>The signed-in citizen's NIK, or <c>null</c>.</summary>
    public static string? CitizenNik(this ClaimsPrincipal user) => user.FindFirst(Nik)?.Value;

    /// <summary>The signed-in staff member's user name, or <c>null</c>.</summary>
    public static string? StaffName(this ClaimsPrincipal user) => user.FindFirst(Staff)?.Value;

    /// <summary>Whether the user is a desk officer or an administrator.</summary>
    public static bool IsOfficer(this ClaimsPrincipal user) => user.StaffName() is not null && (user.IsInRole(Petugas) || user.IsInRole(Admin));
}
