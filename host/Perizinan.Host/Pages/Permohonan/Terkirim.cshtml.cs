using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Host.Filling;
using Perizinan.Host.Web;
using Perizinan.Storage;
using Perizinan.Storage.Submissions;

namespace Perizinan.Host.Pages.Permohonan;

/// <summary>The confirmation after submitting: the registration number (nomor registrasi) and what happens next.</summary>
internal sealed class TerkirimModel(DraftAccess access, ITenantStorage storage) : PageModel
{
    /// <summary>The page language.</summary>
    public string Lang { get; private set; } = "id";

    internal OpenDraft Open { get; private set; } = null!;

    internal Submission Submission { get; private set; } = null!;

    /// <summary>Shows the receipt; a draft not yet submitted goes back to its review page.</summary>
    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        var (open, outcome) = await access.OpenAsync(draftId, User, cancellationToken);
        if (open is null)
        {
            return DraftRefusal.For(outcome, Request);
        }

        if (open.Draft.SubmissionId is not { } submissionId)
        {
            return Redirect($"/permohonan/{draftId}/periksa");
        }

        var submission = await storage.Submissions.GetAsync(submissionId, cancellationToken);
        if (submission is null)
        {
            return NotFound();
        }

        Open = open;
        Submission = submission;
        return Page();
    }
}
