using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Perizinan.Host.Accounts;

/// <summary>Issues the sign-in cookie for a citizen or a staff member, each with its own sliding session length.</summary>
internal static class AccountSessions
{
    /// <summary>Signs a citizen in by NIK (role <c>warga</c>).</summary>
    public static Task SignInCitizenAsync(HttpContext context, string nik, SignInOptions options) =>
        SignInAsync(context, [new Claim(PerizinanClaims.Nik, nik), new Claim(ClaimTypes.Name, NikFormat.Mask(nik)), new Claim(ClaimTypes.Role, PerizinanClaims.Warga)], options.CitizenSession);

    /// <summary>Signs a staff member in with their account's role.</summary>
    public static Task SignInStaffAsync(HttpContext context, StaffAccountOptions account, SignInOptions options) =>
        SignInAsync(context, [new Claim(PerizinanClaims.Staff, account.UserName), new Claim(ClaimTypes.Name, account.DisplayName), new Claim(ClaimTypes.Role, account.Role)], options.StaffSession);

    /// <summary>Where to go after signing in: <paramref name="returnUrl"/> when it is local to this site, else <paramref name="fallback"/>.</summary>
    public static string Destination(Microsoft.AspNetCore.Mvc.IUrlHelper url, string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : fallback;

    private static Task SignInAsync(HttpContext context, Claim[] claims, TimeSpan session)
    {
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

        // The session length is carried by the ticket (issued → expires); sliding renewal keeps that length.
        var properties = new AuthenticationProperties { IsPersistent = false, IssuedUtc = now, ExpiresUtc = now + session, AllowRefresh = true };
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), properties);
    }
}
