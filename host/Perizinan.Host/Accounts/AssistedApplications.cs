using System.Text.Json;
using Perizinan.Host.Forms;
using Perizinan.Storage;
using Perizinan.Storage.Drafts;

namespace Perizinan.Host.Accounts;

/// <summary>
/// Assisted filling: an officer at the front office starts and submits applications on a walk-in citizen's behalf. The
/// draft belongs to the citizen (owner = NIK), so it shows among the citizen's own applications; the audit log records
/// which officer acted (<c>draft.assisted</c>, <c>submission.assisted</c>). Thread-safe.
/// </summary>
public sealed class AssistedApplications(FormCatalog catalog, ITenantStorage storage)
{
    /// <summary>The audit action of a draft an officer started for a citizen.</summary>
    public const string DraftAction = "draft.assisted";

    /// <summary>The audit action of a submission an officer made for a citizen.</summary>
    public const string SubmissionAction = "submission.assisted";

    /// <summary>
    /// Starts a draft of <paramref name="formId"/>'s current version owned by <paramref name="nik"/> and records the
    /// officer in the audit log.
    /// </summary>
    /// <param name="officer">The officer's user name.</param>
    /// <param name="nik">The citizen's NIK, normalized (<see cref="NikFormat.Normalize"/>).</param>
    /// <param name="formId">The permit's form id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<AssistedStart> StartAsync(string officer, string nik, string formId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        ArgumentNullException.ThrowIfNull(nik);
        ArgumentNullException.ThrowIfNull(formId);
        if (!NikFormat.IsValid(nik))
        {
            return new AssistedStart(AssistedStartOutcome.InvalidNik, null);
        }

        var form = await catalog.CurrentAsync(formId, cancellationToken).ConfigureAwait(false);
        if (form is null)
        {
            return new AssistedStart(AssistedStartOutcome.FormNotFound, null);
        }

        var created = await storage.Drafts.CreateAsync(new NewDraft(form.Id, form.Version, Owner: nik), cancellationToken).ConfigureAwait(false);
        if (created.Outcome != DraftCreateOutcome.Created || created.Draft is null)
        {
            return new AssistedStart(created.Outcome == DraftCreateOutcome.FormRetired ? AssistedStartOutcome.FormRetired : AssistedStartOutcome.FormNotFound, null);
        }

        var detail = JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["officer"] = officer,
            ["nik"] = nik,
            ["formId"] = form.Id,
            ["version"] = form.Version,
        });
        await storage.Audit.AppendAsync(DraftAction, created.Draft.Id.ToString(), detail, cancellationToken).ConfigureAwait(false);
        return new AssistedStart(AssistedStartOutcome.Started, created.Draft.Id);
    }

    /// <summary>Records that <paramref name="officer"/> submitted the application <paramref name="registrationNumber"/> for <paramref name="nik"/>.</summary>
    public async Task RecordSubmissionAsync(string officer, string nik, string registrationNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        ArgumentNullException.ThrowIfNull(nik);
        ArgumentException.ThrowIfNullOrWhiteSpace(registrationNumber);
        var detail = JsonSerializer.Serialize(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["officer"] = officer,
            ["nik"] = nik,
        });
        await storage.Audit.AppendAsync(SubmissionAction, registrationNumber, detail, cancellationToken).ConfigureAwait(false);
    }
}
