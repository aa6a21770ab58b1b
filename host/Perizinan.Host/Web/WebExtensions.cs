using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Perizinan.Host.Configuration;

namespace Perizinan.Host.Web;

/// <summary>Registers and maps the citizen pages (server-rendered Razor Pages) and their static files.</summary>
internal static class WebExtensions
{
    public static IServiceCollection AddCitizenPages(this IServiceCollection services)
    {
        services.AddRazorPages();
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<PerizinanOptions>>((antiforgery, options) =>
        {
            // An embedded form lives in another site's page: its posts carry the antiforgery cookie only with SameSite=None
            // (which browsers take over HTTPS only). Without embedding origins the cookie stays Strict.
            antiforgery.Cookie.Name = "perizinan-af";
            antiforgery.Cookie.SameSite = options.Value.EmbedOrigins.Count > 0 ? SameSiteMode.None : SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = options.Value.EmbedOrigins.Count > 0 ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddScoped<Filling.DraftAccess>();
        return services;
    }

    public static WebApplication MapCitizenPages(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapRazorPages();
        return app;
    }
}
