using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Perizinan.Host.Api;
using Perizinan.Host.Web;
using Perizinan.Storage;

namespace Perizinan.Host.Pages;

/// <summary>Continue an anonymous application with its resume code (rate-limited: codes are short enough to guess).</summary>
[EnableRateLimiting(ApiExtensions.ResumePolicy)]
public sealed class LanjutkanModel(ITenantStorage storage) : PageModel
{
    /// <summary>The page language.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>The code as typed.</summary>
    [BindProperty]
    public string? Kode { get; set; }

    /// <summary>Why the code was refused, or <c>null</c>.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet() => Lang = UiLanguage.Of(HttpContext);

    /// <summary>Opens the draft with the code, or says why not.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        if (string.IsNullOrWhiteSpace(Kode))
        {
            Error = UiText.Get("resume.required", Lang);
            return Page();
        }

        var draft = Kode.Length <= 32 ? await storage.Drafts.FindByResumeCodeAsync(Kode, cancellationToken) : null;
        if (draft is null)
        {
            Error = UiText.Get("resume.notFound", Lang);
            return Page();
        }

        return Redirect(draft.SubmissionId is null ? $"/permohonan/{draft.Id}" : $"/permohonan/{draft.Id}/terkirim");
    }
}
