using System.Text.Json;
using Perizinan.Engine.Evaluation;
using Perizinan.Host.Api.Contracts;
using Perizinan.Host.Configuration;
using Perizinan.Host.Forms;
using Perizinan.Queue.Destinations;
using Perizinan.Storage;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Submissions;

namespace Perizinan.Host.Api;

/// <summary>
/// Drafts: start, save with a revision (a stale save gets 409 and changes nothing), load, resume by code, submit. The
/// draft id is a capability: whoever holds it can open the draft, so it is long and random.
/// </summary>
internal static class DraftEndpoints
{
    public static RouteGroupBuilder MapDrafts(this RouteGroupBuilder api)
    {
        var drafts = api.MapGroup("/drafts").WithTags("Drafts");
        drafts.MapPost("", CreateAsync).WithName("CreateDraft").RequireRateLimiting(ApiRateLimits.WritePolicy).WithSummary("Starts a draft on a form's current (or a given) version.")
            .Accepts<NewDraftRequest>("application/json").Produces<DraftDocument>(StatusCodes.Status201Created);
        drafts.MapGet("/{draftId:guid}", GetAsync).WithName("GetDraft").WithSummary("A draft with the form's state for its answers.")
            .Produces<DraftDocument>();
        drafts.MapPut("/{draftId:guid}", SaveAsync).WithName("SaveDraft").RequireRateLimiting(ApiRateLimits.WritePolicy).WithSummary("Saves the answers if the draft is still at the given revision.")
            .Accepts<SaveDraftRequest>("application/json").Produces<DraftDocument>();
        drafts.MapGet("/resume/{code}", ResumeAsync).WithName("ResumeDraft").WithSummary("An anonymous draft by its resume code.")
            .Produces<DraftDocument>().RequireRateLimiting(ApiExtensions.ResumePolicy);
        drafts.MapPost("/{draftId:guid}/submit", SubmitAsync).WithName("SubmitDraft").RequireRateLimiting(ApiRateLimits.SubmitPolicy)
            .WithSummary("Re-evaluates the draft on the server and, when complete, stores the submission and queues its delivery.")
            .Accepts<SubmitRequest>("application/json").Produces<SubmittedDocument>(StatusCodes.Status201Created);
        return api;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, FormCatalog catalog, ITenantStorage storage, PermitCalendar calendar, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<NewDraftRequest>(context);
        if (problem is not null)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(request!.FormId))
        {
            return ApiProblems.BadRequest(context, "$.formId", "required", "formId wajib diisi.", "formId is required.");
        }

        if (request.Answers is { ValueKind: not JsonValueKind.Object })
        {
            return NotAnObject(context, "$.answers");
        }

        var form = request.Version is null
            ? await catalog.CurrentAsync(request.FormId, cancellationToken)
            : await catalog.VersionAsync(request.FormId, request.Version, cancellationToken);
        if (form is null)
        {
            return ApiProblems.FormNotFound(context, request.FormId, request.Version);
        }

        var created = await storage.Drafts.CreateAsync(new NewDraft(form.Id, form.Version, null, request.Answers), cancellationToken);
        return created.Outcome switch
        {
            DraftCreateOutcome.Created => TypedResults.Created($"/api/v1/drafts/{created.Draft!.Id}", Document(form, created.Draft, calendar)),
            DraftCreateOutcome.FormRetired => ApiProblems.FormRetired(context, form.Id, form.Version),
            _ => ApiProblems.FormNotFound(context, form.Id, form.Version),
        };
    }

    private static async Task<IResult> GetAsync(Guid draftId, HttpContext context, FormCatalog catalog, ITenantStorage storage, PermitCalendar calendar, CancellationToken cancellationToken)
    {
        var draft = await storage.Drafts.GetAsync(draftId, cancellationToken);
        return await RespondAsync(context, draft, catalog, calendar, cancellationToken);
    }

    private static async Task<IResult> ResumeAsync(string code, HttpContext context, FormCatalog catalog, ITenantStorage storage, PermitCalendar calendar, CancellationToken cancellationToken)
    {
        var draft = await storage.Drafts.FindByResumeCodeAsync(code, cancellationToken);
        return await RespondAsync(context, draft, catalog, calendar, cancellationToken);
    }

    private static async Task<IResult> SaveAsync(Guid draftId, HttpContext context, FormCatalog catalog, ITenantStorage storage, PermitCalendar calendar, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<SaveDraftRequest>(context);
        if (problem is not null)
        {
            return problem;
        }

        if (request!.Answers.ValueKind != JsonValueKind.Object)
        {
            return NotAnObject(context, "$.answers");
        }

        var saved = await storage.Drafts.SaveAsync(draftId, request.Revision, request.Answers, cancellationToken);
        return saved.Outcome switch
        {
            DraftSaveOutcome.Saved => await RespondAsync(context, await storage.Drafts.GetAsync(draftId, cancellationToken), catalog, calendar, cancellationToken),
            DraftSaveOutcome.Conflict => ApiProblems.StaleRevision(context, request.Revision, saved.Revision),
            DraftSaveOutcome.AlreadySubmitted => ApiProblems.AlreadySubmitted(context),
            _ => ApiProblems.DraftNotFound(context),
        };
    }

    private static async Task<IResult> SubmitAsync(
        Guid draftId,
        HttpContext context,
        FormCatalog catalog,
        ITenantStorage storage,
        DestinationRegistry destinations,
        PermitCalendar calendar,
        CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<SubmitRequest>(context);
        if (problem is not null)
        {
            return problem;
        }

        var draft = await storage.Drafts.GetAsync(draftId, cancellationToken);
        var form = draft is null ? null : await catalog.ByContentHashAsync(draft.ContentHash, cancellationToken);
        if (draft is null || form is null)
        {
            return ApiProblems.DraftNotFound(context);
        }

        if (draft.SubmissionId is null && draft.Revision != request!.Revision)
        {
            return ApiProblems.StaleRevision(context, request.Revision, draft.Revision);
        }

        SubmitResult result;
        if (draft.SubmissionId is null)
        {
            var prepared = SubmissionRequest.Prepare(form, draft, calendar.Today(), destinations.Names.ToList(), out var state);
            if (prepared is null)
            {
                return ApiProblems.InvalidAnswers(context, state.Errors);
            }

            result = await storage.Submissions.SubmitAsync(prepared, cancellationToken);
            if (result.Outcome == SubmitOutcome.Submitted && result.Submission is { } made && ApiKeys.Integrator(context) is { } integrator)
            {
                await storage.Audit.AppendAsync("submission.integrator", made.RegistrationNumber,
                    new System.Text.Json.Nodes.JsonObject { ["integrator"] = integrator.Name, ["draft"] = draftId.ToString() }.ToJsonString(), cancellationToken);
            }
        }
        else
        {
            // Already submitted (a retry after a lost response): answer with the same receipt.
            var existing = await storage.Submissions.GetAsync(draft.SubmissionId.Value, cancellationToken);
            result = new SubmitResult(SubmitOutcome.AlreadySubmitted, existing, draft.Revision);
        }

        return result.Outcome switch
        {
            SubmitOutcome.Submitted or SubmitOutcome.AlreadySubmitted when result.Submission is { } s =>
                TypedResults.Created($"/api/v1/submissions/{s.RegistrationNumber}", new SubmittedDocument(s.RegistrationNumber, s.Id, s.SubmittedAt, $"/api/v1/submissions/{s.RegistrationNumber}")),
            SubmitOutcome.Conflict => ApiProblems.StaleRevision(context, request!.Revision, result.CurrentRevision),
            _ => ApiProblems.DraftNotFound(context),
        };
    }

    private static async Task<IResult> RespondAsync(HttpContext context, Draft? draft, FormCatalog catalog, PermitCalendar calendar, CancellationToken cancellationToken)
    {
        var form = draft is null ? null : await catalog.ByContentHashAsync(draft.ContentHash, cancellationToken);
        return draft is null || form is null ? ApiProblems.DraftNotFound(context) : TypedResults.Ok(Document(form, draft, calendar));
    }

    private static DraftDocument Document(CompiledForm form, Draft draft, PermitCalendar calendar) =>
        DraftDocument.From(draft, form.Evaluate(draft.Answers, calendar.Today()));

    private static IResult NotAnObject(HttpContext context, string path) =>
        ApiProblems.BadRequest(context, path, "type", "Jawaban harus berupa objek JSON ({ … }).", "Answers must be a JSON object ({ … }).");
}
