using System.Globalization;
using System.Text.Json;
using Perizinan.Storage.Privacy;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Submissions;

/// <summary>
/// Writes one submit inside a transaction it is given: the one-submit path (<see cref="SubmitAloneAsync"/>) and group
/// commit (many submits, one transaction) share it, so both have the same semantics. Shared by every tenant of a
/// storage; thread-safe (it holds no state of its own).
/// </summary>
internal sealed class SubmitWriter(Database database, PersonalDataProtector protector, PersonalFieldCache personalFields)
{
    private readonly SubmissionReader _reader = new(protector, personalFields);

    public Database Database => database;

    public SubmissionReader Reader => _reader;

    /// <summary>One submit in its own transaction: the writes, then the audit entry, then the commit.</summary>
    public Task<SubmitResult> SubmitAloneAsync(SubmitCommand command, CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async unit =>
            {
                var write = await WriteAsync(unit, command, database.Now()).ConfigureAwait(false);
                if (write.Audit is { } audit)
                {
                    await audit.AppendAsync(unit, database.Dialect).ConfigureAwait(false);
                }

                return write.Result;
            },
            cancellationToken);

    /// <summary>
    /// Locks the draft row; returns the first submission if the draft was submitted before, a conflict if it was saved
    /// since the evaluated revision; otherwise allocates the registration number and writes the submission, the draft's
    /// link to it, its queue items and status history. The audit entry is returned, not appended: the caller appends it
    /// last (the audit head is the last lock every store takes).
    /// </summary>
    public async Task<SubmitWrite> WriteAsync(Database.Unit unit, SubmitCommand command, DateTimeOffset now)
    {
        var dialect = database.Dialect;
        var tenant = command.Tenant;
        var draftId = command.DraftId;
        var draft = await unit.QuerySingleOrNullAsync(
            dialect.SelectForUpdate("form_id, form_version, content_hash, owner, revision, submission_id", "drafts", "tenant_id = @tenant AND id = @draftId"),
            new { tenant, draftId }).ConfigureAwait(false);
        if (draft is not { } d)
        {
            return new SubmitWrite(new SubmitResult(SubmitOutcome.DraftNotFound, null, 0), null);
        }

        var revision = d.Long("revision");
        if (d.TextOrNull("submission_id") is { } existing)
        {
            var first = await _reader.ReadAsync(unit, tenant, "id = @id", new { tenant, id = existing }).ConfigureAwait(false);
            return new SubmitWrite(new SubmitResult(SubmitOutcome.AlreadySubmitted, first, revision), null);
        }

        if (revision != command.DraftRevision)
        {
            return new SubmitWrite(new SubmitResult(SubmitOutcome.Conflict, null, revision), null);
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
            ? protector.Protect(command.Answers, await personalFields.GetAsync(unit, tenant, hash).ConfigureAwait(false), tenant)
            : command.Answers;
        var id = Ids.New();
        await unit.ExecuteAsync(
            $"INSERT INTO submissions (tenant_id, {SubmissionReader.Columns}) VALUES (@tenant, @id, @draftId, @number, @formId, @version, @hash, @owner, "
            + $"{dialect.Json("@answers")}, {dialect.Json("@values")}, {dialect.Json("@fees")}, {dialect.Json("@attachments")}, @now)",
            new
            {
                tenant, id, draftId, number, formId, version, hash, owner = d.TextOrNull("owner"),
                answers = stored, values = command.Values, fees = command.Fees, attachments = JsonSerializer.Serialize(hashes), now = dialect.Time(now),
            }).ConfigureAwait(false);
        await unit.ExecuteAsync("UPDATE drafts SET submission_id = @id WHERE tenant_id = @tenant AND id = @draftId", new { tenant, id, draftId }).ConfigureAwait(false);
        await StatusHistory.AddAsync(unit, dialect, tenant, id, SubmissionStatus.Received, null, number, now).ConfigureAwait(false);
        foreach (var destination in command.Destinations)
        {
            await unit.ExecuteAsync(
                "INSERT INTO queue_items (tenant_id, id, submission_id, destination, status, attempts, next_attempt_at, created_at, updated_at) "
                + "VALUES (@tenant, @itemId, @id, @destination, 'pending', 0, @now, @now, @now)",
                new { tenant, itemId = Ids.New(), id, destination, now = dialect.Time(now) }).ConfigureAwait(false);
            await StatusHistory.AddAsync(unit, dialect, tenant, id, SubmissionStatus.Queued, destination, null, now).ConfigureAwait(false);
        }

        var submission = await _reader.ReadAsync(unit, tenant, "id = @id", new { tenant, id }).ConfigureAwait(false);
        var detail = JsonSerializer.Serialize(new { submission = id, draft = draftId, form = formId, version, destinations = command.Destinations });
        return new SubmitWrite(
            new SubmitResult(SubmitOutcome.Submitted, submission, revision),
            new PendingAudit(tenant, now, "submission.received", number, detail));
    }
}
