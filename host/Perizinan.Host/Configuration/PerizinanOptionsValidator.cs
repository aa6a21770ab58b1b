using Microsoft.Extensions.Options;
using Perizinan.Storage;

namespace Perizinan.Host.Configuration;

/// <summary>Checks the settings at start, so that a wrong setting stops the host with a message naming it.</summary>
internal sealed class PerizinanOptionsValidator : IValidateOptions<PerizinanOptions>
{
    public ValidateOptionsResult Validate(string? name, PerizinanOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataFolder))
        {
            failures.Add("Perizinan:DataFolder is empty.");
        }

        if (options.Provider != StorageProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"Perizinan:ConnectionString is required for {options.Provider}.");
        }

        if (string.IsNullOrWhiteSpace(options.Tenant))
        {
            failures.Add("Perizinan:Tenant is empty.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            failures.Add($"Perizinan:TimeZone '{options.TimeZone}' is not a known time zone (e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura).");
        }

        if (options.Workers is < 0 or > 64)
        {
            failures.Add("Perizinan:Workers must be between 0 and 64.");
        }

        foreach (var origin in options.EmbedOrigins)
        {
            if (!EmbedOrigin.IsValid(origin))
            {
                failures.Add($"Perizinan:EmbedOrigins: '{origin}' is not an origin like https://dpmptsp.example.go.id (scheme and host, optional port, no path).");
            }
        }

        foreach (var key in options.ApiKeys)
        {
            if (string.IsNullOrWhiteSpace(key.Name) || key.Sha256.Length != 64 || !key.Sha256.All(Uri.IsHexDigit) || key.PerMinute < 1)
            {
                failures.Add($"Perizinan:ApiKeys: '{key.Name}' needs a name, a Sha256 of 64 hex digits and PerMinute ≥ 1.");
            }
        }

        if (options.RateLimits.EvaluatePerMinute < 1 || options.RateLimits.WritePerMinute < 1 || options.RateLimits.SubmitPerMinute < 1)
        {
            failures.Add("Perizinan:RateLimits: every limit must be at least 1 a minute.");
        }

        var names = options.Destinations.Webhooks.Select(w => w.Name).Concat(options.Destinations.FileExports.Select(f => f.Name)).ToList();
        if (names.Count == 0)
        {
            failures.Add("Perizinan:Destinations names no destination: submissions would go nowhere.");
        }

        failures.AddRange(names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"Perizinan:Destinations: the name '{g.Key}' is used twice."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
