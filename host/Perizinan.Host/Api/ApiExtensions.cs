using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;

namespace Perizinan.Host.Api;

/// <summary>Registers and maps the REST API <c>/api/v1</c>, its OpenAPI document and its error handling.</summary>
internal static class ApiExtensions
{
    /// <summary>The rate-limit policy of resume-code lookups: codes are short, so guessing must be slow.</summary>
    public const string ResumePolicy = "resume";

    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Perizinan API";
            document.Info.Description = "Permit catalog, form versions, evaluation, drafts, submission and status. Errors are RFC 9457 problem responses; input errors list field paths.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ResumePolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            ApiRateLimits.AddPolicies(o);
        });
        services.AddSingleton<ApiKeys>();
        return services;
    }

    /// <summary>Any unhandled fault and any bare error status becomes a problem response; nothing leaks a stack trace.</summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = e => e is BadHttpRequestException b ? b.StatusCode : StatusCodes.Status500InternalServerError });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        var keys = app.Services.GetRequiredService<ApiKeys>();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
            if (keys.Check(context) is { } refused)
            {
                await refused.ExecuteAsync(context);
                return;
            }

            await next(context);
        }));
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapApiV1(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapForms().MapDrafts().MapAttachments().MapSubmissions();
        app.MapOpenApi("/api/v1/openapi.json");
        return app;
    }
}
