using Perizinan.Host.Configuration;

namespace Perizinan.Host.Forms;

/// <summary>Registers the form catalog and publishes the configured packages at start.</summary>
internal static class FormsExtensions
{
    public static IServiceCollection AddFormCatalog(this IServiceCollection services) =>
        services.AddSingleton<PublishingProgress>().AddSingleton<FormCatalog>().AddSingleton<FormPublisher>();

    /// <summary>
    /// Starts publishing the configured package folders in the background (the host serves at once; requests for a form
    /// still being published wait for it, see <see cref="PublishingProgress"/>). Migrations are applied when the storage
    /// is first opened, before that.
    /// </summary>
    public static Task PrepareFormsAsync(this WebApplication app)
    {
        var folders = app.Services.GetRequiredService<HostPaths>().PublishFolders();
        var logger = app.Services.GetRequiredService<ILogger<FormPublisher>>();
        if (folders.Count == 0)
        {
            FormLog.NoFolders(logger, string.Join(", ", app.Configuration.GetSection("Perizinan:PublishFolders").Get<string[]>() ?? []));
            return Task.CompletedTask;
        }

        _ = app.Services.GetRequiredService<FormPublisher>().StartAll(folders, app.Lifetime.ApplicationStopping);
        return Task.CompletedTask;
    }
}
