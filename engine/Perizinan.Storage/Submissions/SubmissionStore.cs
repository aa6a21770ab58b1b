using Perizinan.Storage.Sql;
using Perizinan.Storage.Submissions.GroupCommit;

namespace Perizinan.Storage.Submissions;

/// <summary>
/// The SQL submission store of one tenant. Submits go through <see cref="SubmitWriter"/>: each in its own transaction,
/// or, when the storage has group commit, gathered with other callers' submits into one transaction.
/// </summary>
internal sealed class SubmissionStore(SubmitWriter writer, string tenant, GroupCommitWriter? groupCommit) : ISubmissionStore
{
    private Database Database => writer.Database;

    public Task<SubmitResult> SubmitAsync(SubmissionRequest request, CancellationToken cancellationToken = default)
    {
        var command = SubmitCommand.From(tenant, request);
        return groupCommit is null
            ? writer.SubmitAloneAsync(command, cancellationToken)
            : groupCommit.SubmitAsync(command, cancellationToken);
    }

    public Task<Submission?> GetAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        Database.ReadAsync(unit => writer.Reader.ReadAsync(unit, tenant, "id = @id", new { tenant, id = Ids.Text(submissionId) }), cancellationToken);

    public Task<Submission?> GetByRegistrationNumberAsync(string registrationNumber, CancellationToken cancellationToken = default) =>
        Database.ReadAsync(unit => writer.Reader.ReadAsync(unit, tenant, "registration_number = @registrationNumber", new { tenant, registrationNumber }), cancellationToken);

    public Task<IReadOnlyList<StatusEntry>> GetHistoryAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        Database.ReadAsync(
            async unit => (IReadOnlyList<StatusEntry>)(await unit.QueryAsync(
                    "SELECT status, destination, detail, at FROM status_history WHERE tenant_id = @tenant AND submission_id = @id ORDER BY position",
                    new { tenant, id = Ids.Text(submissionId) }).ConfigureAwait(false))
                .Select(r => new StatusEntry(StatusHistory.Parse(r.Text("status")), r.TextOrNull("destination"), r.TextOrNull("detail"), r.Time("at")))
                .ToList(),
            cancellationToken);
}
