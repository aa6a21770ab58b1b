namespace Perizinan.Host.Web;

/// <summary>
/// The antiforgery cookie (<c>perizinan-af</c>). Strict by default. When the deployment lists embedding origins, a form
/// shown in another site's iframe can only post with a cookie marked <c>SameSite=None</c>, which browsers accept only
/// with <c>Secure</c>: so over HTTPS the cookie is <c>SameSite=None; Secure</c>. Over plain HTTP (a developer's
/// <c>http://localhost</c>) it stays Strict and not Secure; embedding then works from the same site (another port of
/// the same host), as the demo page does.
/// </summary>
/// <remarks>
/// A fixed <c>SecurePolicy = Always</c> cannot be used: ASP.NET Core's antiforgery refuses every form over plain HTTP
/// with that setting, so a host with <c>Perizinan:EmbedOrigins</c> set answered 500 on every form page over HTTP.
/// </remarks>
internal sealed class AntiforgeryCookie : CookieBuilder
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "perizinan-af";

    private readonly bool _embedded;

    /// <param name="embedded">Whether the deployment lists embedding origins.</param>
    public AntiforgeryCookie(bool embedded)
    {
        _embedded = embedded;
        Name = CookieName;
        HttpOnly = true;
        IsEssential = true;
        SameSite = SameSiteMode.Strict;
        SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }

    /// <inheritdoc />
    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        if (_embedded && context.Request.IsHttps)
        {
            options.SameSite = SameSiteMode.None;
            options.Secure = true;
        }

        return options;
    }
}
