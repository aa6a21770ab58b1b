namespace Perizinan.Host.Configuration;

/// <summary>An origin allowed to embed the forms: <c>https://host[:port]</c>, nothing else (it goes into a CSP header).</summary>
internal static class EmbedOrigin
{
    /// <summary>Whether the text is a bare http(s) origin.</summary>
    public static bool IsValid(string? origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.PathAndQuery == "/" && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
        && !origin!.EndsWith('/')
        && origin.All(c => c is > ' ' and not ';' and not ',' and not '\'' and not '"');
}
