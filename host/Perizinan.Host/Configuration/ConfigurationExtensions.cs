using Microsoft.Extensions.Options;

namespace Perizinan.Host.Configuration;

/// <summary>Binds and validates <see cref="PerizinanOptions"/>; resolves the folders they name.</summary>
internal static class ConfigurationExtensions
{
    /// <summary>Binds the <c>Perizinan</c> section, validated when the host starts (a wrong setting stops it).</summary>
    public static WebApplicationBuilder AddPerizinanOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PerizinanOptions>()
            .Bind(builder.Configuration.GetSection(PerizinanOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PerizinanOptions>, PerizinanOptionsValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PermitCalendar>();
        builder.Services.AddSingleton<HostPaths>();
        return builder;
    }
}
