using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Perizinan.Host.Web;

/// <summary>Registers and maps the citizen pages (server-rendered Razor Pages) and their static files.</summary>
internal static class WebExtensions
{
    /// <summary>
    /// How long a browser may keep a versioned static file (<c>site.css?v=HASH</c> from <c>asp-append-version</c>):
    /// a year, without asking again; a changed file gets a new hash and so a new address.
    /// </summary>
    public const string VersionedCacheControl = "public, max-age=31536000, immutable";

    public static IServiceCollection AddCitizenPages(this IServiceCollection services)
    {
        services.AddRazorPages();
        return services;
    }

    public static WebApplication MapCitizenPages(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = CacheVersioned });
        app.MapRazorPages();
        return app;
    }

    /// <summary>Long caching only for a request that names the file's version; a plain address revalidates as before.</summary>
    private static void CacheVersioned(StaticFileResponseContext context)
    {
        if (context.Context.Request.Query.ContainsKey("v"))
        {
            context.Context.Response.Headers[HeaderNames.CacheControl] = VersionedCacheControl;
        }
    }
}
