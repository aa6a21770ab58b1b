using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Engine.Evaluation;
using Perizinan.Host.Accounts;
using Perizinan.Host.Configuration;
using Perizinan.Host.Forms;
using Perizinan.Host.Web;
using Perizinan.Storage;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Submissions;

namespace Perizinan.Host.Pages;

/// <summary>"Permohonan saya": the signed-in citizen's drafts (to continue) and submissions (with their status).</summary>
internal sealed class PermohonanSayaModel(ITenantStorage storage, FormCatalog catalog, PermitCalendar calendar) : PageModel
{
    /// <summary>The page language.</summary>
    public string Lang { get; private set; } = "id";

    internal IReadOnlyList<(Draft Draft, CompiledForm? Form, int Progress)> Drafts { get; private set; } = [];

    internal IReadOnlyList<(Submission Submission, CompiledForm? Form, bool Forwarded)> Submitted { get; private set; } = [];

    /// <summary>Whether a citizen is signed in (else the page explains how to sign in or resume).</summary>
    public bool SignedIn { get; private set; }

    /// <summary>Lists the citizen's applications.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        var nik = User.CitizenNik();
        SignedIn = nik is not null;
        if (nik is null)
        {
            return Page();
        }

        var drafts = new List<(Draft, CompiledForm?, int)>();
        var submitted = new List<(Submission, CompiledForm?, bool)>();
        foreach (var draft in await storage.Drafts.ListByOwnerAsync(nik, cancellationToken))
        {
            var form = await catalog.ByContentHashAsync(draft.ContentHash, cancellationToken);
            if (draft.SubmissionId is { } id)
            {
                if (await storage.Submissions.GetAsync(id, cancellationToken) is { } submission)
                {
                    var history = await storage.Submissions.GetHistoryAsync(id, cancellationToken);
                    submitted.Add((submission, form, Filling.StatusSummary.Forwarded(history)));
                }
            }
            else
            {
                drafts.Add((draft, form, form?.Evaluate(draft.Answers, calendar.Today()).Progress ?? 0));
            }
        }

        Drafts = drafts;
        Submitted = submitted.OrderByDescending(s => s.Item1.SubmittedAt).ToList();
        return Page();
    }
}
