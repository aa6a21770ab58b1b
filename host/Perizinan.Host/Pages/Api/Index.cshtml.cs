using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Perizinan.Host.Forms;
using Perizinan.Host.Web;

namespace Perizinan.Host.Pages.Api;

/// <summary>
/// The API reference for integrators: every <c>/api/v1</c> endpoint with its method and summary (read from the same
/// endpoint metadata the OpenAPI document is made from, so the two cannot disagree), links to the OpenAPI document and,
/// per published form, to its schema and C# types.
/// </summary>
internal sealed class IndexModel(EndpointDataSource endpoints, FormCatalog catalog) : PageModel
{
    /// <summary>The page language.</summary>
    public string Lang { get; private set; } = "id";

    internal IReadOnlyList<(string Tag, IReadOnlyList<(string Method, string Route, string Summary)> Endpoints)> Groups { get; private set; } = [];

    internal IReadOnlyList<Perizinan.Engine.Evaluation.CompiledForm> Forms { get; private set; } = [];

    /// <summary>Lists the endpoints and the forms.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        Groups = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Route: "/" + (e.RoutePattern.RawText ?? string.Empty).Trim('/').Replace(":guid", string.Empty, StringComparison.Ordinal)))
            .Where(e => e.Route.StartsWith("/api/v1/", StringComparison.Ordinal) && e.Route != "/api/v1/openapi.json")
            .Select(x => (Endpoint: x.Endpoint, x.Route))
            .Select(x => (
                Tag: x.Endpoint.Metadata.GetMetadata<ITagsMetadata>()?.Tags.FirstOrDefault() ?? "API",
                Method: string.Join(", ", x.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []),
                x.Route,
                Summary: x.Endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? string.Empty))
            .GroupBy(e => e.Tag, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<(string, string, string)>)g.OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).Select(e => (e.Method, e.Route, e.Summary)).ToList()))
            .ToList();
        Forms = await catalog.CurrentFormsAsync(cancellationToken);
    }
}
