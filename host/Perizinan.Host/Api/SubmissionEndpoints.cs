using Perizinan.Host.Api.Contracts;
using Perizinan.Storage;

namespace Perizinan.Host.Api;

/// <summary>A submission's status by registration number.</summary>
internal static class SubmissionEndpoints
{
    public static RouteGroupBuilder MapSubmissions(this RouteGroupBuilder api)
    {
        api.MapGet("/submissions/{registrationNumber}", GetAsync).WithTags("Submissions").WithName("GetSubmissionStatus")
            .WithSummary("A submission's status and history (no answers: registration numbers are guessable).")
            .Produces<SubmissionDocument>();
        return api;
    }

    private static async Task<IResult> GetAsync(string registrationNumber, HttpContext context, ITenantStorage storage, CancellationToken cancellationToken)
    {
        var submission = await storage.Submissions.GetByRegistrationNumberAsync(registrationNumber.Trim().ToUpperInvariant(), cancellationToken);
        if (submission is null)
        {
            return ApiProblems.SubmissionNotFound(context);
        }

        var history = await storage.Submissions.GetHistoryAsync(submission.Id, cancellationToken);
        return TypedResults.Ok(SubmissionDocument.From(submission, history));
    }
}
