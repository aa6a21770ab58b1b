namespace Perizinan.Host.Configuration;

/// <summary>An integrator's API key: only its SHA-256 is configured, never the key itself.</summary>
internal sealed class ApiKeyOptions
{
    /// <summary>Who holds the key (a Pemda system, a portal); recorded with what it submits.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The SHA-256 of the key, 64 hex digits (<c>dotnet run --project host/Perizinan.Host -- new-api-key NAME</c> prints both).</summary>
    public string Sha256 { get; set; } = string.Empty;

    /// <summary>Requests a minute this key may make on each rate-limited endpoint group.</summary>
    public int PerMinute { get; set; } = 6000;
}

/// <summary>Requests a minute one client (an IP address without a key) may make, per endpoint group.</summary>
internal sealed class RateLimitOptions
{
    /// <summary>Evaluations (the API's evaluate).</summary>
    public int EvaluatePerMinute { get; set; } = 600;

    /// <summary>Draft writes: create, save, background save, uploads.</summary>
    public int WritePerMinute { get; set; } = 300;

    /// <summary>Submissions.</summary>
    public int SubmitPerMinute { get; set; } = 30;
}
