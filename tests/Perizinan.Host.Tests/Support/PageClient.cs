using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Perizinan.Host.Tests.Support;

/// <summary>
/// A browser without JavaScript over real HTTP: keeps cookies, does not follow redirects (tests look at them), and
/// posts forms with the antiforgery token the page carries.
/// </summary>
public sealed partial class PageClient(WebApplicationFactory<Program> factory)
{
    private readonly HttpClient _http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The last page's HTML.</summary>
    public string Html { get; private set; } = string.Empty;

    /// <summary>Gets a page; follows redirects (up to 5) and returns the final status.</summary>
    public async Task<HttpStatusCode> GetAsync(string url)
    {
        for (var i = 0; i < 5; i++)
        {
            using var response = await _http.GetAsync(url);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            {
                url = response.Headers.Location!.ToString();
                continue;
            }

            Url = url;
            Html = await response.Content.ReadAsStringAsync();
            return response.StatusCode;
        }

        throw new InvalidOperationException("Too many redirects from " + url);
    }

    /// <summary>The URL of the last page.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>Posts a form (multipart) with the last page's antiforgery token; returns the status and the redirect, if any.</summary>
    public async Task<(HttpStatusCode Status, string? Location)> PostAsync(
        string url, IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<(string Name, string FileName, byte[] Bytes)>? files = null, string? token = null)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token ?? Token()), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files ?? [])
        {
            content.Add(new ByteArrayContent(bytes), name, fileName);
        }

        using var response = await _http.PostAsync(url, content);
        var location = response.Headers.Location?.ToString();
        if (location is null)
        {
            Url = url;
            Html = await response.Content.ReadAsStringAsync();
        }

        return (response.StatusCode, location);
    }

    /// <summary>Sends a request with this client's cookies.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request);

    /// <summary>The antiforgery token in the last page.</summary>
    public string Token() => Match(TokenPattern(), "antiforgery token");

    /// <summary>The values of the inputs with this name in the last page, in order.</summary>
    public IReadOnlyList<string> Values(string name) =>
        InputPattern().Matches(Html)
            .Where(m => WebUtility.HtmlDecode(m.Groups["name"].Value) == name)
            .Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value))
            .ToList();

    /// <summary>The names of the file inputs (<c>berkas:PATH</c>) of the last page.</summary>
    public IReadOnlyList<(string Name, string Accept)> FileInputs() =>
        FilePattern().Matches(Html).Select(m => (WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["accept"].Value))).ToList();

    /// <summary>The texts of the error summary's links in the last page.</summary>
    public IReadOnlyList<string> ErrorSummary()
    {
        var start = Html.IndexOf("class=\"error-summary\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }

        var end = Html.IndexOf("</div>", start, StringComparison.Ordinal);
        return SummaryLinkPattern().Matches(Html[start..end]).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
    }

    private string Match(Regex regex, string what)
    {
        var m = regex.Match(Html);
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"No {what} in {Url}:\n{Html}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<input type=\"file\" id=\"[^\"]+\" name=\"(?<name>[^\"]+)\" class=\"input-file\" accept=\"(?<accept>[^\"]*)\"")]
    private static partial Regex FilePattern();

    [GeneratedRegex("<li><a href=\"[^\"]*\">([^<]*)</a></li>")]
    private static partial Regex SummaryLinkPattern();
}
