using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Perizinan.Host.Configuration;

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
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<PerizinanOptions>>((antiforgery, options) =>
        {
            // An embedded form lives in another site's page: see AntiforgeryCookie for when its cookie is SameSite=None.
            antiforgery.Cookie = new AntiforgeryCookie(options.Value.EmbedOrigins.Count > 0);

            // Framing is decided by the CSP's frame-ancestors (SecurityHeaders); antiforgery's own X-Frame-Options:
            // SAMEORIGIN would make older browsers refuse the embedding origins the CSP allows.
            antiforgery.SuppressXFrameOptionsHeader = options.Value.EmbedOrigins.Count > 0;
        });
        services.AddScoped<Filling.DraftAccess>();
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
