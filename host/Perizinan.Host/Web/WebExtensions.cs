namespace Perizinan.Host.Web;

/// <summary>Registers and maps the citizen pages (server-rendered Razor Pages) and their static files.</summary>
internal static class WebExtensions
{
    public static IServiceCollection AddCitizenPages(this IServiceCollection services)
    {
        services.AddRazorPages();
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
