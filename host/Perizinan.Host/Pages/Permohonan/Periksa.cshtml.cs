using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Engine.Evaluation;
using Perizinan.Host.Accounts;
using Perizinan.Host.Configuration;
using Perizinan.Host.Filling;
using Perizinan.Queue.Destinations;
using Perizinan.Host.Web;
using Perizinan.Storage;
using Perizinan.Storage.Submissions;

namespace Perizinan.Host.Pages.Permohonan;

/// <summary>
/// "Periksa jawaban Anda": every visible answer by page with a change link, the fees, and the submit button. Submitting
/// re-evaluates the stored draft on the server; an incomplete one comes back here with links to what is missing.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Perizinan.Host.Api.ApiRateLimits.SubmitPolicy)]
internal sealed class PeriksaModel(
    DraftAccess access, ITenantStorage storage, PermitCalendar calendar, DestinationRegistry destinations, AssistedApplications assisted) : PageModel
{
    /// <summary>The page language.</summary>
    public string Lang { get; private set; } = "id";

    internal OpenDraft Open { get; private set; } = null!;

    internal FormState State { get; private set; } = null!;

    internal IReadOnlyList<(string PageId, string Title, PageView View)> Pages { get; private set; } = [];

    /// <summary>Whether the citizen pressed Submit and the answers were not complete.</summary>
    public bool SubmitRefused { get; private set; }

    /// <summary>Shows the answers.</summary>
    public async Task<IActionResult> OnGetAsync(Guid draftId, CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        var (open, outcome) = await access.OpenAsync(draftId, User, cancellationToken);
        if (open is null)
        {
            return DraftRefusal.For(outcome, Request);
        }

        if (open.Draft.SubmissionId is not null)
        {
            return Redirect($"/permohonan/{draftId}/terkirim");
        }

        return await ShowAsync(open, cancellationToken);
    }

    /// <summary>Submits the draft as stored at the posted revision.</summary>
    public async Task<IActionResult> OnPostAsync(Guid draftId, CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        var (open, outcome) = await access.OpenAsync(draftId, User, cancellationToken);
        if (open is null)
        {
            return DraftRefusal.For(outcome, Request);
        }

        if (open.Draft.SubmissionId is not null)
        {
            return Redirect($"/permohonan/{draftId}/terkirim");
        }

        if (!long.TryParse(Request.Form["_rev"], NumberStyles.None, CultureInfo.InvariantCulture, out var revision) || revision != open.Draft.Revision)
        {
            // Changed since the review was shown (another window, autosave): show the answers as they are now.
            return await ShowAsync(open, cancellationToken);
        }

        var request = SubmissionRequest.Prepare(open.Form, open.Draft, calendar.Today(), destinations.Names.ToList(), out _);
        if (request is null)
        {
            SubmitRefused = true;
            return await ShowAsync(open, cancellationToken);
        }

        var result = await storage.Submissions.SubmitAsync(request, cancellationToken);
        if (result.Submission is { } submission)
        {
            if (result.Outcome == SubmitOutcome.Submitted && User.IsOfficer() && User.StaffName() is { } officer)
            {
                await assisted.RecordSubmissionAsync(officer, open.Draft.Owner ?? string.Empty, submission.RegistrationNumber, cancellationToken);
            }

            return Redirect($"/permohonan/{draftId}/terkirim");
        }

        return await ShowAsync(open, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(OpenDraft open, CancellationToken cancellationToken)
    {
        Open = open;
        State = open.Form.Evaluate(open.Draft.Answers, calendar.Today());
        var answers = open.EditableAnswers();
        var attachments = await storage.Attachments.ListAsync(open.Draft.Id, cancellationToken);
        var none = new Dictionary<string, string>();
        Pages = State.Pages
            .Select(p => open.Page(p.Id))
            .Where(p => p is not null)
            .Select(p => (p!.Id, p.Title.Get(Lang), PageView.Build(p, State, answers, Lang, PageView.All, none, attachments)))
            .ToList();
        return Page();
    }
}
