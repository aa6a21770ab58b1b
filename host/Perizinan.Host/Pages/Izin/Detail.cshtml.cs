using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Engine.Evaluation;
using Perizinan.Host.Forms;
using Perizinan.Host.Web;

namespace Perizinan.Host.Pages.Izin;

/// <summary>What a permit is and what it needs: requirements, fees with their legal basis, the regulations.</summary>
public sealed class DetailModel(FormCatalog catalog) : PageModel
{
    /// <summary>The page language, <c>id</c> or <c>en</c>.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>The permit's current version.</summary>
    public CompiledForm? Form { get; private set; }

    /// <summary>Shows the permit, or 404 when it is not published.</summary>
    public async Task<IActionResult> OnGetAsync(string formId, CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        Form = await catalog.CurrentAsync(formId, cancellationToken);
        return Form is null ? NotFound() : Page();
    }
}
