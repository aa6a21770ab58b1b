namespace Perizinan.Queue.Destinations;

/// <summary>
/// An HTTP webhook destination: the back office, or the central data center (which is just another webhook with its
/// own name, URL and secret). A plain options class.
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>A webhook with no URL or secret yet: fill both in.</summary>
    public static WebhookOptions Default => new();

    /// <summary>The destination's name, as submissions name it (e.g. <c>back-office</c>, <c>pusat-data</c>).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Where the JSON body is POSTed.</summary>
    public Uri? Url { get; set; }

    /// <summary>The shared secret of the HMAC-SHA256 signature (see <see cref="WebhookSignature"/>). Required.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>How long one attempt may take, response included; longer counts as a timeout (retried).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
