using System.Text.Json;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Submissions;

/// <summary>
/// A checked <see cref="SubmissionRequest"/> of one tenant, with its JSON already serialized: built before any
/// transaction, so that a caller's bad request throws at the caller and never reaches a (shared) transaction.
/// </summary>
internal sealed record SubmitCommand(
    string Tenant,
    string DraftId,
    long DraftRevision,
    string Answers,
    string Values,
    string Fees,
    IReadOnlyList<string> Destinations)
{
    private static readonly JsonSerializerOptions FeeJson = new(JsonSerializerDefaults.Web);

    /// <exception cref="ArgumentException">The answers or computed values are not a JSON object.</exception>
    public static SubmitCommand From(string tenant, SubmissionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new SubmitCommand(
            tenant,
            Ids.Text(request.DraftId),
            request.DraftRevision,
            JsonText.Object(request.Answers, nameof(request)),
            JsonText.Object(request.ComputedValues, nameof(request)),
            JsonSerializer.Serialize(new { total = request.FeeTotal, lines = request.Fees }, FeeJson),
            request.Destinations.Distinct(StringComparer.Ordinal).ToList());
    }
}
