using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;
using Perizinan.Host.Configuration;
using Perizinan.Host.Filling;
using Perizinan.Host.Web;
using Perizinan.Storage;
using Perizinan.Storage.Attachments;
using Perizinan.Storage.Drafts;

namespace Perizinan.Host.Pages.Permohonan;

/// <summary>
/// One page of an application (GOV.UK "one thing per page" pattern, a page of the package per screen). Works without
/// JavaScript: Continue, Back, Save, add/remove row and remove file are real posts; the server saves the answers
/// (every post saves, so nothing typed is lost), evaluates the rules and shows the next page or the errors.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = FillingLimits.MaxPostBytes)]
[RequestSizeLimit(FillingLimits.MaxPostBytes)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Perizinan.Host.Api.ApiRateLimits.WritePolicy)]
internal sealed class IsiModel(DraftAccess access, ITenantStorage storage, PermitCalendar calendar) : PageModel
{
    /// <summary>The page language.</summary>
    public string Lang { get; private set; } = "id";

    /// <summary>The draft's revision the page was built from (posted back; a stale one is refused, not merged).</summary>
    public long Revision { get; private set; }

    /// <summary>The page's number among the visible pages (from 1) and their count plus the review page.</summary>
    public (int Step, int Steps) Progress { get; private set; }

    /// <summary>Whether the last post saved (the page says "Tersimpan").</summary>
    public bool Saved { get; private set; }

    /// <summary>Whether the last answers brought new questions onto this page (asked before moving on).</summary>
    public bool NewQuestions { get; private set; }

    /// <summary>Whether the draft was changed elsewhere since this page was built (nothing was saved).</summary>
    public bool Conflict { get; private set; }

    internal OpenDraft Open { get; private set; } = null!;

    internal PageView View { get; private set; } = null!;

    /// <summary>Shows a page; <paramref name="cek"/> shows its errors at once (coming from the review page).</summary>
    public async Task<IActionResult> OnGetAsync(Guid draftId, string? pageId, bool cek, bool tersimpan, CancellationToken cancellationToken)
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

        Open = open;
        Revision = open.Draft.Revision;
        Saved = tersimpan;
        var answers = open.EditableAnswers();
        var state = open.Form.Evaluate(open.Draft.Answers, calendar.Today());
        var page = open.Page(pageId);
        if (page is null || state.Pages.All(p => p.Id != page.Id))
        {
            // No page named (the start link), an unknown one, or one the answers no longer show: the first visible page.
            var first = state.Pages.FirstOrDefault()?.Id;
            return first is null ? NotFound() : Redirect($"/permohonan/{draftId}/{first}");
        }

        return await ShowAsync(page, state, answers, cek ? PageView.All : PageView.None, new Dictionary<string, string>(), cancellationToken);
    }

    /// <summary>Saves the page's answers, then acts on the pressed button (<c>aksi</c>).</summary>
    public async Task<IActionResult> OnPostAsync(Guid draftId, string? pageId, CancellationToken cancellationToken)
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

        Open = open;
        var page = open.Page(pageId);
        if (page is null)
        {
            return NotFound();
        }

        var posted = Request.Form;
        if (!long.TryParse(posted["_rev"], NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
        {
            return BadRequest();
        }

        var answers = open.EditableAnswers();
        var layouts = PostedAnswers.Layouts(page);
        PostedAnswers.Apply(layouts, answers, posted);
        var extraErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        await UploadAsync(open, layouts, answers, posted.Files, extraErrors, cancellationToken);
        var action = posted["aksi"].ToString();
        var anchor = await ApplyActionAsync(open, layouts, answers, action, cancellationToken);

        var answersElement = JsonSerializer.SerializeToElement(answers);
        var saved = await storage.Drafts.SaveAsync(draftId, revision, answersElement, cancellationToken);
        var state = open.Form.Evaluate(answersElement, calendar.Today());
        if (Request.Headers[AutosaveHeader] == "1")
        {
            return await AutosaveResultAsync(page, state, answers, saved, extraErrors, cancellationToken);
        }

        switch (saved.Outcome)
        {
            case DraftSaveOutcome.Saved:
                Revision = saved.Revision;
                break;
            case DraftSaveOutcome.Conflict:
                // Changed in another window or by autosave: show what was posted with the current revision, save nothing.
                Revision = saved.Revision;
                Conflict = true;
                return await ShowAsync(page, state, answers, PageView.None, extraErrors, cancellationToken);
            case DraftSaveOutcome.AlreadySubmitted:
                return Redirect($"/permohonan/{draftId}/terkirim");
            default:
                return NotFound();
        }

        // Errors only for the questions the citizen saw: questions that just appeared are asked, not marked wrong.
        var seen = posted[PostedAnswers.ShownField].ToHashSet(StringComparer.Ordinal);
        Func<string, bool> seenOnly = path => seen.Contains(path);
        if (extraErrors.Count > 0)
        {
            return await ShowAsync(page, state, answers, action == "lanjut" ? seenOnly : PageView.None, extraErrors, cancellationToken);
        }

        var here = $"/permohonan/{draftId}/{page.Id}";
        switch (action)
        {
            case "lanjut":
                var view = PageView.Build(page, state, answers, Lang, seenOnly, extraErrors, []);
                NewQuestions = view.AllFields.Any(f => f.Widget is not ("computed" or "repeat") && !seen.Contains(f.Path));
                if (view.Errors.Count > 0 || NewQuestions)
                {
                    return await ShowAsync(page, state, answers, seenOnly, extraErrors, cancellationToken);
                }

                var next = Neighbour(open, state, page, +1);
                return Redirect(next is null ? $"/permohonan/{draftId}/periksa" : $"/permohonan/{draftId}/{next}");
            case "kembali":
                var previous = Neighbour(open, state, page, -1);
                return Redirect(previous is null ? $"/izin/{open.Form.Id}" : $"/permohonan/{draftId}/{previous}");
            case "simpan":
                return Redirect($"{here}?tersimpan=true#status-simpan");
            default:
                return Redirect(anchor is null ? here : $"{here}#{anchor}");
        }
    }

    /// <summary>The header the page's script sends when it saves in the background (answers JSON instead of a page).</summary>
    public const string AutosaveHeader = "X-Perizinan-Autosave";

    /// <summary>
    /// What the script needs after a background save: the new revision, the questions of this page visible now (it
    /// reloads the form when they changed), computed values as people read them, and refused uploads.
    /// </summary>
    private async Task<IActionResult> AutosaveResultAsync(
        PageLayout page, FormState state, JsonObject answers, DraftSaveResult saved, Dictionary<string, string> extraErrors, CancellationToken cancellationToken)
    {
        var attachments = await storage.Attachments.ListAsync(Open.Draft.Id, cancellationToken);
        var view = PageView.Build(page, state, answers, Lang, PageView.None, extraErrors, attachments);
        var body = new JsonObject
        {
            ["saved"] = saved.Outcome == DraftSaveOutcome.Saved,
            ["revision"] = saved.Revision,
            ["visible"] = new JsonArray([.. view.AllFields.Select(f => (JsonNode?)JsonValue.Create(f.Path))]),
            ["computed"] = new JsonObject(view.AllFields.Where(f => f.Widget == "computed").Select(f => KeyValuePair.Create(f.Path, (JsonNode?)JsonValue.Create(f.Display)))),
            ["errors"] = new JsonObject(extraErrors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)JsonValue.Create(e.Value)))),
            ["message"] = UiText.Get(saved.Outcome == DraftSaveOutcome.Saved ? "form.saved" : "form.conflict", Lang),
        };
        var status = saved.Outcome switch
        {
            DraftSaveOutcome.Saved => StatusCodes.Status200OK,
            DraftSaveOutcome.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status404NotFound,
        };
        return new ContentResult { Content = body.ToJsonString(), ContentType = "application/json; charset=utf-8", StatusCode = status };
    }

    /// <summary>The visible page before (-1) or after (+1) this one, in the package's order, or <c>null</c>.</summary>
    internal static string? Neighbour(OpenDraft open, FormState state, PageLayout page, int direction)
    {
        var order = open.Form.Manifest.Pages.Select(p => p.Id).ToList();
        var index = order.IndexOf(page.Id);
        var visible = state.Pages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = index + direction; i >= 0 && i < order.Count; i += direction)
        {
            if (visible.Contains(order[i]))
            {
                return order[i];
            }
        }

        return null;
    }

    private async Task<IActionResult> ShowAsync(
        PageLayout page, FormState state, JsonObject answers, Func<string, bool> showErrors, Dictionary<string, string> extraErrors, CancellationToken cancellationToken)
    {
        var attachments = await storage.Attachments.ListAsync(Open.Draft.Id, cancellationToken);
        View = PageView.Build(page, state, answers, Lang, showErrors, extraErrors, attachments);
        var index = state.Pages.ToList().FindIndex(p => p.Id == page.Id);
        Progress = (Math.Max(index, 0) + 1, state.Pages.Count + 1);
        return Page();
    }

    private async Task UploadAsync(
        OpenDraft open, Dictionary<string, FieldLayout> layouts, JsonObject answers, IFormFileCollection files,
        Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            var path = file.Name.StartsWith("berkas:", StringComparison.Ordinal) ? file.Name["berkas:".Length..] : null;
            if (path is null || file.Length == 0 || !PostedAnswers.IsWellFormed(path)
                || !layouts.TryGetValue(AnswerPaths.Template(path), out var layout) || layout.Widget != "file")
            {
                continue;
            }

            await using var stream = file.OpenReadStream();
            var result = await AttachmentUploads.UploadAsync(storage.Attachments, open.Form, open.Draft.Id, path, Path.GetFileName(file.FileName), stream, cancellationToken);
            if (result.Attachment is { } stored)
            {
                AnswerPaths.Set(answers, path, JsonValue.Create(stored.Sha256));
            }
            else if (result.Error is { } error)
            {
                errors[path] = Lang == "en" ? error.Message.En : error.Message.Id;
            }
        }
    }

    /// <summary>Adds or removes a row, or removes an uploaded file; returns the anchor to return to.</summary>
    private async Task<string?> ApplyActionAsync(
        OpenDraft open, Dictionary<string, FieldLayout> layouts, JsonObject answers, string action, CancellationToken cancellationToken)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        var (verb, path) = (action[..colon], action[(colon + 1)..]);
        if (!PostedAnswers.IsWellFormed(path))
        {
            return null;
        }

        switch (verb)
        {
            case "tambah" when layouts.TryGetValue(path, out var repeat) && repeat.Widget == "repeat":
                if (AnswerPaths.RowCount(answers, path) >= FillingLimits.MaxRows)
                {
                    return AnswerPaths.ElementId(path);
                }

                var row = AnswerPaths.AddRow(answers, path);
                return AnswerPaths.ElementId($"{path}[{row}]");
            case "hapus" when path.EndsWith(']') && layouts.TryGetValue(AnswerPaths.Template(path)[..^2], out var group) && group.Widget == "repeat":
                var open2 = path.LastIndexOf('[');
                var number = int.Parse(path[(open2 + 1)..^1], CultureInfo.InvariantCulture);
                AnswerPaths.RemoveRow(answers, path[..open2], number);
                return AnswerPaths.ElementId(path[..open2]);
            case "hapus-berkas" when layouts.TryGetValue(AnswerPaths.Template(path), out var file) && file.Widget == "file":
                if (AnswerPaths.Get(answers, path) is JsonValue value && value.TryGetValue<string>(out var sha))
                {
                    AnswerPaths.Set(answers, path, null);
                    if (!answers.ToJsonString().Contains(sha, StringComparison.Ordinal))
                    {
                        await storage.Attachments.RemoveAsync(open.Draft.Id, sha, cancellationToken);
                    }
                }

                return AnswerPaths.ElementId(path);
            default:
                return null;
        }
    }
}
