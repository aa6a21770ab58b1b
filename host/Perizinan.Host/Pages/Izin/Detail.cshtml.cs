using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Engine.Evaluation;
using Perizinan.Host.Forms;
using Perizinan.Host.Web;

using Perizinan.Host.Accounts;
using Perizinan.Storage;
using Perizinan.Storage.Drafts;

namespace Perizinan.Host.Pages.Izin;

/// <summary>What a permit is and what it needs: requirements, fees with their legal basis, the regulations.</summary>
public sealed class DetailModel(FormCatalog catalog, ITenantStorage storage) : PageModel
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

    /// <summary>
    /// Starts an application on the permit's current version: owned by the signed-in citizen's NIK, or anonymous with a
    /// resume code. Then shows its first page.
    /// </summary>
    public async Task<IActionResult> OnPostMulaiAsync(string formId, CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        Form = await catalog.CurrentAsync(formId, cancellationToken);
        if (Form is null)
        {
            return NotFound();
        }

        var created = await storage.Drafts.CreateAsync(new NewDraft(Form.Id, Form.Version, User.CitizenNik()), cancellationToken);
        return created.Draft is { } draft ? Redirect($"/permohonan/{draft.Id}") : NotFound();
    }
}
