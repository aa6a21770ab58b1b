namespace Perizinan.Host.Api;

/// <summary>
/// The language of an API response's own texts (problem titles and details): Bahasa Indonesia unless the request asks
/// for English by <c>?lang=en</c> or an <c>Accept-Language</c> that prefers <c>en</c>. Field messages always carry both.
/// </summary>
internal static class ApiLanguage
{
    public static bool IsEnglish(HttpContext context)
    {
        var lang = context.Request.Query["lang"].ToString();
        if (lang.Length > 0)
        {
            return lang.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        }

        var accepted = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .FirstOrDefault();
        return accepted?.Value.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
    }

    public static string Pick(HttpContext context, string id, string en) => IsEnglish(context) ? en : id;
}
