using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Engine.Evaluation;
using Perizinan.Host.Forms;
using Perizinan.Host.Web;

namespace Perizinan.Host.Pages;

/// <summary>The permit catalog, grouped by category.</summary>
public sealed class IndexModel(FormCatalog catalog) : PageModel
{
    /// <summary>The page language, <c>id</c> or <c>en</c>.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>The categories with their current forms, by title.</summary>
    public IReadOnlyList<CatalogCategory> Categories { get; private set; } = [];

    /// <summary>Shows the catalog.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        var forms = await catalog.CurrentFormsAsync(cancellationToken);
        Categories = forms
            .GroupBy(f => f.Manifest.Category.Id, StringComparer.Ordinal)
            .Select((g, i) => new CatalogCategory(
                $"{i}",
                g.First().Manifest.Category.Get(Lang),
                g.OrderBy(f => f.Manifest.Title.Get(Lang), StringComparer.Ordinal).ToList()))
            .OrderBy(c => c.Title, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One category of the catalog.</summary>
    /// <param name="Key">A key for element ids.</param>
    /// <param name="Title">The category name.</param>
    /// <param name="Forms">Its forms.</param>
    public sealed record CatalogCategory(string Key, string Title, IReadOnlyList<CompiledForm> Forms);
}
