using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Perizinan.Host.Tests.Accounts;

/// <summary>
/// A browser without JavaScript: keeps its own cookies (so a test can copy and restore them, e.g. to replay a used
/// code), follows no redirect by itself, and posts forms with the antiforgery token of the page they came from.
/// </summary>
public sealed partial class Browser
{
    private readonly HttpClient _client;
    private Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public Browser(WebApplicationFactory<Program> host) =>
        _client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>The last page fetched with <see cref="GetAsync"/> (its HTML), whose token the next post uses.</summary>
    public string Html { get; private set; } = string.Empty;

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    public async Task<HttpResponseMessage> GetAsync(string url)
    {
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, url));
        Html = await response.Content.ReadAsStringAsync();
        return response;
    }

    /// <summary>Posts a form with the token from <see cref="Html"/> (or <paramref name="token"/>; <c>""</c> sends none).</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? token = null)
    {
        var all = fields.ToList();
        token ??= TokenOf(Html);
        if (token.Length > 0)
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(all) });
        Html = await response.Content.ReadAsStringAsync();
        return response;
    }

    public Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields) =>
        PostAsync(url, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>A copy of the cookies, to restore later with <see cref="Restore"/>.</summary>
    public Dictionary<string, string> Snapshot() => new(_cookies, StringComparer.Ordinal);

    public void Restore(Dictionary<string, string> cookies) => _cookies = new(cookies, StringComparer.Ordinal);

    public static string TokenOf(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "No antiforgery token in the page.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await _client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies)
            {
                var pair = header.Split(';')[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..eq].Trim(), pair[(eq + 1)..].Trim());
                var deleted = value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
                if (deleted)
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
