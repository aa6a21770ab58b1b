using System.Globalization;
using System.Text.Json;
using Perizinan.Storage.Audit;
using Perizinan.Storage.Privacy;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Submissions;

/// <summary>The SQL submission store of one tenant; personal fields of the answers are encrypted by <see cref="PersonalDataProtector"/>.</summary>
internal sealed class SubmissionStore(Database database, string tenant, PersonalDataProtector protector, PersonalFieldCache personalFields) : ISubmissionStore
{
    private const string Columns =
        "id, draft_id, registration_number, form_id, form_version, content_hash, owner, answers, computed_values, fees, attachments, submitted_at";

    private static readonly JsonSerializerOptions FeeJson = new(JsonSerializerDefaults.Web);

    public async Task<SubmitResult> SubmitAsync(SubmissionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var answers = JsonText.Object(request.Answers, nameof(request));
        var values = JsonText.Object(request.ComputedValues, nameof(request));
        var fees = JsonSerializer.Serialize(new { total = request.FeeTotal, lines = request.Fees }, FeeJson);
        var destinations = request.Destinations.Distinct(StringComparer.Ordinal).ToList();
        var dialect = database.Dialect;
        var now = database.Now();
        var draftId = Ids.Text(request.DraftId);
        return await database.InTransactionAsync(
            async unit =>
            {
                var draft = await unit.QuerySingleOrNullAsync(
                    dialect.SelectForUpdate("form_id, form_version, content_hash, owner, revision, submission_id", "drafts", "tenant_id = @tenant AND id = @draftId"),
                    new { tenant, draftId }).ConfigureAwait(false);
                if (draft is not { } d)
                {
                    return new SubmitResult(SubmitOutcome.DraftNotFound, null, 0);
                }

                var revision = d.Long("revision");
                if (d.TextOrNull("submission_id") is { } existing)
                {
                    var first = await ReadAsync(unit, "id = @id", new { tenant, id = existing }).ConfigureAwait(false);
                    return new SubmitResult(SubmitOutcome.AlreadySubmitted, first, revision);
                }

                if (revision != request.DraftRevision)
                {
                    return new SubmitResult(SubmitOutcome.Conflict, null, revision);
                }

                var formId = d.Text("form_id");
                var version = d.Text("form_version");
                var prefix = await unit.ScalarAsync<string>(
                    "SELECT registration_prefix FROM forms WHERE tenant_id = @tenant AND form_id = @formId AND version = @version",
                    new { tenant, formId, version }).ConfigureAwait(false);
                var year = now.UtcDateTime.Year;
                var counter = await unit.ScalarAsync<long>(dialect.NextCounter, new { tenant, prefix, year }).ConfigureAwait(false);
                var number = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-{counter:D6}");
                var hashes = (await unit.QueryAsync(
                        "SELECT sha256 FROM attachments WHERE tenant_id = @tenant AND draft_id = @draftId ORDER BY created_at, sha256",
                        new { tenant, draftId }).ConfigureAwait(false))
                    .Select(r => r.Text("sha256")).ToList();

                var hash = d.Text("content_hash");
                var stored = protector.IsEnabled
                    ? protector.Protect(answers, await personalFields.GetAsync(unit, tenant, hash).ConfigureAwait(false), tenant)
                    : answers;
                var id = Ids.New();
                await unit.ExecuteAsync(
                    $"INSERT INTO submissions (tenant_id, {Columns}) VALUES (@tenant, @id, @draftId, @number, @formId, @version, @hash, @owner, "
                    + $"{dialect.Json("@answers")}, {dialect.Json("@values")}, {dialect.Json("@fees")}, {dialect.Json("@attachments")}, @now)",
                    new
                    {
                        tenant, id, draftId, number, formId, version, hash, owner = d.TextOrNull("owner"),
                        answers = stored, values, fees, attachments = JsonSerializer.Serialize(hashes), now = dialect.Time(now),
                    }).ConfigureAwait(false);
                await unit.ExecuteAsync("UPDATE drafts SET submission_id = @id WHERE tenant_id = @tenant AND id = @draftId", new { tenant, id, draftId }).ConfigureAwait(false);
                await StatusHistory.AddAsync(unit, dialect, tenant, id, SubmissionStatus.Received, null, number, now).ConfigureAwait(false);
                foreach (var destination in destinations)
                {
                    await unit.ExecuteAsync(
                        "INSERT INTO queue_items (tenant_id, id, submission_id, destination, status, attempts, next_attempt_at, created_at, updated_at) "
                        + "VALUES (@tenant, @itemId, @id, @destination, 'pending', 0, @now, @now, @now)",
                        new { tenant, itemId = Ids.New(), id, destination, now = dialect.Time(now) }).ConfigureAwait(false);
                    await StatusHistory.AddAsync(unit, dialect, tenant, id, SubmissionStatus.Queued, destination, null, now).ConfigureAwait(false);
                }

                await AuditChain.AppendAsync(unit, dialect, tenant, now, "submission.received", number,
                    JsonSerializer.Serialize(new { submission = id, draft = draftId, form = formId, version, destinations })).ConfigureAwait(false);
                var submission = await ReadAsync(unit, "id = @id", new { tenant, id }).ConfigureAwait(false);
                return new SubmitResult(SubmitOutcome.Submitted, submission, revision);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<Submission?> GetAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(unit => ReadAsync(unit, "id = @id", new { tenant, id = Ids.Text(submissionId) }), cancellationToken);

    public Task<Submission?> GetByRegistrationNumberAsync(string registrationNumber, CancellationToken cancellationToken = default) =>
        database.ReadAsync(unit => ReadAsync(unit, "registration_number = @registrationNumber", new { tenant, registrationNumber }), cancellationToken);

    public Task<IReadOnlyList<StatusEntry>> GetHistoryAsync(Guid submissionId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async unit => (IReadOnlyList<StatusEntry>)(await unit.QueryAsync(
                    "SELECT status, destination, detail, at FROM status_history WHERE tenant_id = @tenant AND submission_id = @id ORDER BY position",
                    new { tenant, id = Ids.Text(submissionId) }).ConfigureAwait(false))
                .Select(r => new StatusEntry(StatusHistory.Parse(r.Text("status")), r.TextOrNull("destination"), r.TextOrNull("detail"), r.Time("at")))
                .ToList(),
            cancellationToken);

    private async Task<Submission?> ReadAsync(Database.Unit unit, string where, object parameters)
    {
        if (await unit.QuerySingleOrNullAsync($"SELECT {Columns} FROM submissions WHERE tenant_id = @tenant AND {where}", parameters).ConfigureAwait(false) is not { } row)
        {
            return null;
        }

        var hash = row.Text("content_hash");
        var answers = row.Text("answers");
        if (answers.Contains(PersonalDataProtector.Prefix, StringComparison.Ordinal))
        {
            answers = protector.Unprotect(answers, await personalFields.GetAsync(unit, tenant, hash).ConfigureAwait(false), tenant);
        }

        return new Submission(
            row.Id("id"), row.Id("draft_id"), row.Text("registration_number"), row.Text("form_id"), row.Text("form_version"),
            hash, row.TextOrNull("owner"), JsonText.Parse(answers), JsonText.Parse(row.Text("computed_values")),
            JsonText.Parse(row.Text("fees")), JsonSerializer.Deserialize<List<string>>(row.Text("attachments")) ?? [], row.Time("submitted_at"));
    }
}
