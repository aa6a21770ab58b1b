using System.Security.Claims;
using System.Text.Json.Nodes;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;
using Perizinan.Host.Accounts;
using Perizinan.Host.Forms;
using Perizinan.Storage;
using Perizinan.Storage.Drafts;

namespace Perizinan.Host.Filling;

/// <summary>
/// Opens a draft for the pages: finds it and its form version, and checks who may see it. An anonymous draft is open
/// to whoever holds its link or resume code (its id is long and random); a draft owned by a NIK only to that citizen,
/// signed in, or to a desk officer filling it for them.
/// </summary>
internal sealed class DraftAccess(FormCatalog catalog, ITenantStorage storage)
{
    /// <summary>Opens the draft for this user.</summary>
    public async Task<(OpenDraft? Draft, DraftAccessOutcome Outcome)> OpenAsync(Guid draftId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var draft = await storage.Drafts.GetAsync(draftId, cancellationToken);
        var form = draft is null ? null : await catalog.ByContentHashAsync(draft.ContentHash, cancellationToken);
        if (draft is null || form is null)
        {
            return (null, DraftAccessOutcome.NotFound);
        }

        if (draft.Owner is not null && draft.Owner != user.CitizenNik() && !user.IsOfficer())
        {
            // Someone else's draft looks like no draft; a visitor who is not signed in is asked to sign in first.
            return (null, user.Identity?.IsAuthenticated == true ? DraftAccessOutcome.NotFound : DraftAccessOutcome.SignInNeeded);
        }

        return (new OpenDraft(draft, form), DraftAccessOutcome.Open);
    }
}

/// <summary>What a page answers when a draft cannot be opened.</summary>
internal static class DraftRefusal
{
    /// <summary>Sign in first (and come back to this address), or 404 for a draft that is not there or not yours.</summary>
    public static Microsoft.AspNetCore.Mvc.IActionResult For(DraftAccessOutcome outcome, HttpRequest request) =>
        outcome == DraftAccessOutcome.SignInNeeded
            ? new Microsoft.AspNetCore.Mvc.RedirectResult("/masuk?returnUrl=" + Uri.EscapeDataString(request.Path + request.QueryString))
            : new Microsoft.AspNetCore.Mvc.NotFoundResult();
}

/// <summary>Whether a draft could be opened.</summary>
internal enum DraftAccessOutcome
{
    /// <summary>Open.</summary>
    Open,

    /// <summary>No such draft, or not this user's.</summary>
    NotFound,

    /// <summary>The draft has an owner and nobody is signed in.</summary>
    SignInNeeded,
}

/// <summary>A draft with the compiled form version it is pinned to.</summary>
internal sealed record OpenDraft(Draft Draft, CompiledForm Form)
{
    /// <summary>A detached, editable copy of the answers.</summary>
    public JsonObject EditableAnswers() => JsonNode.Parse(Draft.Answers.GetRawText()) as JsonObject ?? [];

    /// <summary>The page with this id, or <c>null</c>.</summary>
    public PageLayout? Page(string? pageId) => Form.Manifest.Pages.FirstOrDefault(p => p.Id == pageId);
}
