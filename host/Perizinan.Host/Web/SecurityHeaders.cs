using Microsoft.Extensions.Options;
using Perizinan.Host.Configuration;

namespace Perizinan.Host.Web;

/// <summary>
/// Security headers on every response: a content security policy without inline or eval'd script, no MIME sniffing,
/// no referrer beyond the origin, and framing only by this origin and the deployment's embedding origins
/// (<see cref="PerizinanOptions.EmbedOrigins"/>).
/// </summary>
internal static class SecurityHeaders
{
    private const string BasePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'self'";

    /// <summary>The policy for a deployment: the embedding origins added to <c>frame-ancestors</c>.</summary>
    public static string Policy(IEnumerable<string> embedOrigins)
    {
        var origins = string.Join(' ', embedOrigins.Where(EmbedOrigin.IsValid));
        return origins.Length == 0 ? BasePolicy : BasePolicy + " " + origins;
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var policy = Policy(app.Services.GetRequiredService<IOptions<PerizinanOptions>>().Value.EmbedOrigins);
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return next(context);
        });
        return app;
    }
}
