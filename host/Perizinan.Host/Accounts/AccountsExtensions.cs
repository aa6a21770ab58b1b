using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Perizinan.Host.Configuration;

namespace Perizinan.Host.Accounts;

/// <summary>
/// Registers signing in: one cookie scheme for citizens (NIK + one-time code) and staff (password), the authorization
/// and rate-limit policies, the notification channel, and data-protection keys kept in <c>&lt;DataFolder&gt;/keys</c> so that
/// a restart signs nobody out.
/// </summary>
internal static class AccountsExtensions
{
    /// <summary>The Razor page of the dev mailbox, routed only with the development channel.</summary>
    public const string DevMailboxPage = "/Dev/KotakSurat";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<PerizinanOptions>, AccountOptionsValidator>();
        services.AddSingleton(sp => Settings(sp).SignIn);
        services.AddSingleton<OneTimeCodes>();
        services.AddSingleton(sp => new StaffDirectory(Settings(sp).Staff.ToList(), Settings(sp).SignIn, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DevMailbox>();
        services.AddSingleton<INotificationChannel>(sp => Settings(sp).Notifications.Channel == NotificationChannelKind.Smtp
            ? new SmtpNotificationChannel(Settings(sp).Notifications.Smtp)
            : ActivatorUtilities.CreateInstance<DevNotificationChannel>(sp));
        services.AddSingleton<AssistedApplications>();

        services.AddDataProtection().SetApplicationName("Perizinan");
        services.AddOptions<KeyManagementOptions>().Configure<HostPaths, ILoggerFactory>((o, paths, logs) =>
            o.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(paths.InData("keys")), logs));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(ConfigureCookie);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<PerizinanOptions>>((o, settings) => o.ExpireTimeSpan = settings.Value.SignIn.CitizenSession);
        services.AddAuthorizationBuilder()
            .AddPolicy(AccountPolicies.Officer, p => p.RequireClaim(PerizinanClaims.Staff).RequireRole(PerizinanClaims.Petugas, PerizinanClaims.Admin))
            .AddPolicy(AccountPolicies.Admin, p => p.RequireClaim(PerizinanClaims.Staff).RequireRole(PerizinanClaims.Admin))
            .AddPolicy(AccountPolicies.Citizen, p => p.RequireClaim(PerizinanClaims.Nik).RequireRole(PerizinanClaims.Warga));

        services.AddRateLimiter(o => o.AddPolicy(AccountPolicies.SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<SignInOptions>().PostsPerClientPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
            : RateLimitPartition.GetNoLimiter("read")));

        services.AddOptions<RazorPagesOptions>().Configure<IOptions<PerizinanOptions>>((o, settings) =>
            o.Conventions.AddPageRouteModelConvention(DevMailboxPage, model =>
            {
                if (settings.Value.Notifications.Channel != NotificationChannelKind.Dev)
                {
                    model.Selectors.Clear();
                }
            }));
        return services;
    }

    /// <summary>The client address that sign-in limits are counted by.</summary>
    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static PerizinanOptions Settings(IServiceProvider services) => services.GetRequiredService<IOptions<PerizinanOptions>>().Value;

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = "perizinan.masuk";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Lax;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.SlidingExpiration = true;
        o.LoginPath = "/masuk";
        o.LogoutPath = "/keluar";
        o.AccessDeniedPath = "/akses-ditolak";
        o.ReturnUrlParameter = "returnUrl";
        o.Events.OnRedirectToLogin = context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            }

            // Staff pages send to the staff sign-in; everything else to the citizen's.
            var target = context.Request.Path.StartsWithSegments("/petugas") ? "/petugas/masuk" : "/masuk";
            context.Response.Redirect(target + QueryString.Create(o.ReturnUrlParameter, context.Request.PathBase + context.Request.Path + context.Request.QueryString));
            return Task.CompletedTask;
        };
        o.Events.OnRedirectToAccessDenied = context =>
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        };
        o.Events.OnValidatePrincipal = context =>
        {
            // A staff account removed from the settings, or given another role, loses its sessions at once.
            if (context.Principal?.StaffName() is { } userName)
            {
                var account = context.HttpContext.RequestServices.GetRequiredService<StaffDirectory>().Find(userName);
                if (account is null || !context.Principal.IsInRole(account.Role))
                {
                    context.RejectPrincipal();
                }
            }

            return Task.CompletedTask;
        };
    }
}
