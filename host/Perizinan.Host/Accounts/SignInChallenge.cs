using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Perizinan.Host.Accounts;

/// <summary>
/// Carries a pending NIK sign-in from <c>/masuk</c> to <c>/masuk/kode</c>: the NIK, where the code went (masked) and
/// where to return, in a short-lived cookie encrypted and signed with data protection, so the NIK is never in a URL.
/// </summary>
internal static class SignInChallenge
{
    private const string Cookie = "perizinan.kode";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>Starts (or restarts) a pending sign-in.</summary>
    public static void Start(HttpContext context, Pending pending) =>
        context.Response.Cookies.Append(Cookie, Protector(context).Protect(JsonSerializer.Serialize(pending), Lifetime), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/masuk",
            MaxAge = Lifetime,
            IsEssential = true,
        });

    /// <summary>The pending sign-in of this browser, or <c>null</c> (none, expired or tampered with).</summary>
    public static Pending? Read(HttpContext context)
    {
        if (context.Request.Cookies[Cookie] is not { Length: > 0 } value)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Pending>(Protector(context).Unprotect(value, out _));
        }
        catch (Exception e) when (e is CryptographicException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Ends the pending sign-in.</summary>
    public static void End(HttpContext context) => context.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/masuk" });

    private static ITimeLimitedDataProtector Protector(HttpContext context) =>
        context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("Perizinan.Accounts.SignInChallenge.v1").ToTimeLimitedDataProtector();

    /// <summary>A pending sign-in.</summary>
    /// <param name="Nik">The NIK the code was issued for.</param>
    /// <param name="MaskedContact">Where the code went, masked for display.</param>
    /// <param name="ReturnUrl">A local URL to go to afterwards, or <c>null</c>.</param>
    public sealed record Pending(string Nik, string MaskedContact, string? ReturnUrl);
}
