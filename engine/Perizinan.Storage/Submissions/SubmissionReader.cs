using System.Text.Json;
using Perizinan.Storage.Privacy;
using Perizinan.Storage.Sql;

namespace Perizinan.Storage.Submissions;

/// <summary>Reads stored submissions, decrypting personal fields. Stateless apart from its collaborators; thread-safe.</summary>
internal sealed class SubmissionReader(PersonalDataProtector protector, PersonalFieldCache personalFields)
{
    public const string Columns =
        "id, draft_id, registration_number, form_id, form_version, content_hash, owner, answers, computed_values, fees, attachments, submitted_at";

    /// <summary>The tenant's submission matching <paramref name="where"/> (which may use <c>@tenant</c>), or <c>null</c>.</summary>
    public async Task<Submission?> ReadAsync(Database.Unit unit, string tenant, string where, object parameters)
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
