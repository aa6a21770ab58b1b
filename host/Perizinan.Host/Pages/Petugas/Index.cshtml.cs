using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Engine.Evaluation;
using Perizinan.Host.Accounts;
using Perizinan.Host.Forms;
using Perizinan.Host.Web;

namespace Perizinan.Host.Pages.Petugas;

/// <summary>
/// The officer's start page: the permits, and "application for a citizen", which starts a draft owned by the citizen's
/// NIK and continues on the application pages.
/// </summary>
[Authorize(Policy = AccountPolicies.Officer)]
public sealed class OfficerDeskModel(FormCatalog catalog, AssistedApplications assisted) : PageModel
{
    /// <summary>The page language, <c>id</c> or <c>en</c>.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>The current forms, by title.</summary>
    public IReadOnlyList<CompiledForm> Forms { get; private set; } = [];

    /// <summary>The citizen's NIK as typed.</summary>
    [BindProperty(Name = "nik")]
    public string? NikInput { get; set; }

    /// <summary>The chosen form's id.</summary>
    [BindProperty(Name = "formId")]
    public string? FormId { get; set; }

    /// <summary>The errors of the posted form.</summary>
    public FormErrors Errors { get; } = new();

    /// <summary>Shows the desk.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        await LoadFormsAsync(cancellationToken);
    }

    /// <summary>Starts the citizen's application and goes to its first page.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        await LoadFormsAsync(cancellationToken);
        var nik = NikFormat.Normalize(NikInput);
        if (NikFormat.Check(nik) is not NikProblem.None and var problem)
        {
            Errors.Add("nik", NikMessages.Of(problem, Lang));
        }

        if (string.IsNullOrWhiteSpace(FormId))
        {
            Errors.Add("formId", UiText.Get("officer.formEmpty", Lang));
        }

        if (Errors.Any)
        {
            return Page();
        }

        var started = await assisted.StartAsync(User.StaffName()!, nik, FormId!, cancellationToken);
        if (started.Outcome == AssistedStartOutcome.Started)
        {
            return LocalRedirect($"/permohonan/{started.DraftId}");
        }

        Errors.Add("formId", UiText.Get("officer.formNotFound", Lang));
        return Page();
    }

    private async Task LoadFormsAsync(CancellationToken cancellationToken) =>
        Forms = (await catalog.CurrentFormsAsync(cancellationToken)).OrderBy(f => f.Manifest.Title.Get(Lang), StringComparer.Ordinal).ToList();
}
