using Perizinan.Host.Configuration;

namespace Perizinan.Host.Forms;

/// <summary>Registers the form catalog and publishes the configured packages at start.</summary>
internal static class FormsExtensions
{
    public static IServiceCollection AddFormCatalog(this IServiceCollection services) =>
        services.AddSingleton<FormCatalog>().AddSingleton<FormPublisher>();

    /// <summary>
    /// Applies migrations (by opening the storage) and publishes the configured package folders before the host takes
    /// requests, so the first citizen already sees every form.
    /// </summary>
    public static async Task PrepareFormsAsync(this WebApplication app)
    {
        var folders = app.Services.GetRequiredService<HostPaths>().PublishFolders();
        var logger = app.Services.GetRequiredService<ILogger<FormPublisher>>();
        if (folders.Count == 0)
        {
            FormLog.NoFolders(logger, string.Join(", ", app.Configuration.GetSection("Perizinan:PublishFolders").Get<string[]>() ?? []));
            return;
        }

        await app.Services.GetRequiredService<FormPublisher>().PublishAllAsync(folders, app.Lifetime.ApplicationStopping).ConfigureAwait(false);
    }
}
