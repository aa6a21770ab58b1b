using Microsoft.Playwright;

namespace Perizinan.Browser.Tests.Support;

/// <summary>What one page load cost on the wire: every response's headers and encoded (compressed) body.</summary>
/// <param name="Resources">Each response with its transferred bytes, in the order they finished.</param>
/// <param name="HtmlBytes">The document's HTML as the browser read it (decompressed).</param>
public sealed record PageWeight(IReadOnlyList<(string Url, long Bytes)> Resources, long HtmlBytes)
{
    /// <summary>The bytes transferred for the whole page.</summary>
    public long TotalBytes => Resources.Sum(r => r.Bytes);

    /// <summary>
    /// Loads a path on a fresh page (empty cache: use a new <see cref="BrowserPage"/>) and adds up, for every request
    /// the load made, the response headers and the response body as sent (compressed when it was). Request bodies
    /// (uploads) are not counted.
    /// </summary>
    public static async Task<PageWeight> MeasureAsync(BrowserPage page, string path)
    {
        var finished = new List<IRequest>();
        void OnFinished(object? sender, IRequest request) => finished.Add(request);

        page.Page.RequestFinished += OnFinished;
        long html;
        try
        {
            var document = await page.GotoAsync(path);
            html = (await document.BodyAsync()).Length;
            await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        finally
        {
            page.Page.RequestFinished -= OnFinished;
        }

        var resources = new List<(string, long)>();
        foreach (var request in finished)
        {
            var sizes = await request.SizesAsync();
            resources.Add((request.Url, (long)sizes.ResponseHeadersSize + sizes.ResponseBodySize));
        }

        return new PageWeight(resources, html);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{TotalBytes:N0} bytes (HTML {HtmlBytes:N0} uncompressed): " + string.Join(", ", Resources.Select(r => $"{r.Url} {r.Bytes:N0}"));
}
