namespace Perizinan.Host.Web;

/// <summary>
/// The language of the citizen pages: Bahasa Indonesia by default; English when the citizen chose it (the <c>lang</c>
/// query parameter, remembered in a cookie).
/// </summary>
internal static class UiLanguage
{
    public const string Cookie = "lang";

    /// <summary>"id" or "en" for this request; a <c>?lang=</c> choice is remembered for the next pages.</summary>
    public static string Of(HttpContext context)
    {
        var asked = context.Request.Query["lang"].ToString();
        if (asked is "id" or "en")
        {
            context.Response.Cookies.Append(Cookie, asked, new CookieOptions
            {
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
            });
            return asked;
        }

        return context.Request.Cookies[Cookie] == "en" ? "en" : "id";
    }
}
