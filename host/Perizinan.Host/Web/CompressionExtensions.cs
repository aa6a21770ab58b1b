using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Perizinan.Host.Web;

/// <summary>
/// Brotli or gzip for text responses (pages, stylesheets, scripts, JSON), so that a citizen on a slow mobile connection
/// downloads a fraction of the bytes. Placed before the static files so that <c>site.css</c> is compressed too.
/// </summary>
/// <remarks>
/// Over HTTPS, pages (HTML) are not compressed: a form page carries an anti-forgery token next to answers the citizen
/// typed, and a page that reflects a secret next to text an attacker chooses can leak it by its compressed length
/// (BREACH). Stylesheets, scripts and API JSON (no such secret) are compressed everywhere.
/// </remarks>
internal static class CompressionExtensions
{
    /// <summary>The media types worth compressing; images and uploads are compressed already or are the citizen's bytes.</summary>
    public static readonly string[] MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json"];

    public static IServiceCollection AddCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = MimeTypes;
        });

        // Fastest: pages are rendered per request, and the best Brotli level costs far more time than it saves bytes.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication UseCompression(this WebApplication app)
    {
        app.UseResponseCompression();

        // After the compression middleware: it adds the feature this sets.
        app.Use((context, next) =>
        {
            if (context.Request.IsHttps && !context.Request.Path.StartsWithSegments("/api") && !Path.HasExtension(context.Request.Path.Value))
            {
                context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpsCompressionFeature>()?.Mode = Microsoft.AspNetCore.Http.Features.HttpsCompressionMode.DoNotCompress;
            }

            return next(context);
        });
        return app;
    }
}
