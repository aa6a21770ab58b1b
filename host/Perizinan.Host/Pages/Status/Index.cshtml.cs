using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Engine.Evaluation;
using Perizinan.Host.Forms;
using Perizinan.Host.Web;
using Perizinan.Storage;
using Perizinan.Storage.Submissions;

namespace Perizinan.Host.Pages.Status;

/// <summary>
/// A submission's status by registration number, and the form to look one up. Shows no answers: registration numbers
/// follow a sequence and can be guessed.
/// </summary>
public sealed class IndexModel(ITenantStorage storage, FormCatalog catalog) : PageModel
{
    /// <summary>The page language.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>The number looked up, as typed.</summary>
    public string? Number { get; private set; }

    /// <summary>Why the lookup failed, or <c>null</c>.</summary>
    public string? Error { get; private set; }

    internal Submission? Submission { get; private set; }

    internal CompiledForm? Form { get; private set; }

    internal IReadOnlyList<StatusEntry> History { get; private set; } = [];

    /// <summary>Shows the status of <paramref name="nomor"/>, or the lookup form.</summary>
    public async Task<IActionResult> OnGetAsync(string? nomor, [FromQuery(Name = "cari")] string? search, CancellationToken cancellationToken)
    {
        Lang = UiLanguage.Of(HttpContext);
        if (search is not null)
        {
            var typed = search.Trim().ToUpperInvariant();
            if (typed.Length == 0)
            {
                Error = UiText.Get("status.numberRequired", Lang);
                return Page();
            }

            return Redirect("/status/" + Uri.EscapeDataString(typed));
        }

        if (nomor is null)
        {
            return Page();
        }

        Number = nomor;
        Submission = nomor.Length <= 64 ? await storage.Submissions.GetByRegistrationNumberAsync(nomor.Trim().ToUpperInvariant(), cancellationToken) : null;
        if (Submission is null)
        {
            Error = UiText.Get("status.notFound", Lang);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Form = await catalog.ByContentHashAsync(Submission.ContentHash, cancellationToken);
        History = await storage.Submissions.GetHistoryAsync(Submission.Id, cancellationToken);
        return Page();
    }

    /// <summary>A history entry in words.</summary>
    internal string Describe(StatusEntry entry) => entry.Status switch
    {
        SubmissionStatus.Received => UiText.Get("status.received", Lang),
        SubmissionStatus.Queued => UiText.Format("status.queued", Lang, entry.Destination ?? "?"),
        SubmissionStatus.Delivered => UiText.Format("status.delivered", Lang, entry.Destination ?? "?"),
        _ => UiText.Format("status.failed", Lang, entry.Destination ?? "?"),
    };

    /// <summary>The status in one phrase: forwarded once every queued destination has it.</summary>
    internal string Summary() => UiText.Get(Filling.StatusSummary.Forwarded(History) ? "status.forwarded" : "status.inProcess", Lang);
}
