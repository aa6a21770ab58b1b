using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Perizinan.Host.Configuration;

namespace Perizinan.Host.Api;

/// <summary>
/// Integrators' API keys (<c>X-Api-Key</c>). A known key names the integrator for rate limits and records; an unknown
/// key is refused (a typo should not silently fall back to anonymous limits); with <c>RequireApiKey</c> the API's writes
/// need one. Keys are looked up by their SHA-256, so the configuration never holds a usable key.
/// </summary>
internal sealed class ApiKeys
{
    /// <summary>The request header.</summary>
    public const string Header = "X-Api-Key";

    private const string ItemKey = "perizinan:integrator";

    private readonly FrozenDictionary<string, ApiKeyOptions> _byHash;
    private readonly bool _required;

    public ApiKeys(IOptions<PerizinanOptions> options)
    {
        _byHash = options.Value.ApiKeys.ToFrozenDictionary(k => k.Sha256.ToLowerInvariant(), StringComparer.Ordinal);
        _required = options.Value.RequireApiKey;
    }

    /// <summary>The integrator whose key this request carried, or <c>null</c>.</summary>
    public static ApiKeyOptions? Integrator(HttpContext context) => context.Items.TryGetValue(ItemKey, out var value) ? value as ApiKeyOptions : null;

    /// <summary>The SHA-256 of a key in lower-case hex.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Checks the key of an API request; returns a problem to answer with, or <c>null</c> to go on.</summary>
    public IResult? Check(HttpContext context)
    {
        var sent = context.Request.Headers[Header].ToString();
        if (sent.Length > 0)
        {
            if (sent.Length > 256 || !_byHash.TryGetValue(Hash(sent), out var integrator))
            {
                return Refused(context, "Kunci API tidak dikenal.", "The API key is not known.");
            }

            context.Items[ItemKey] = integrator;
            return null;
        }

        // Evaluate is a POST that changes nothing: it stays open like the other reads.
        var write = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
            && !(context.Request.Path.Value ?? string.Empty).EndsWith("/evaluate", StringComparison.Ordinal);
        return _required && write
            ? Refused(context, $"Penulisan melalui API memerlukan kunci API (header {Header}).", $"Writing through the API needs an API key ({Header} header).")
            : null;
    }

    private static IResult Refused(HttpContext context, string id, string en)
    {
        context.Response.Headers.WWWAuthenticate = "ApiKey";
        return ApiProblems.Problem(context, StatusCodes.Status401Unauthorized, "api-key", "Kunci API ditolak", "API key refused", id, en);
    }
}
