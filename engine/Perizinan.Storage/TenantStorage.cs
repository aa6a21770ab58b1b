using Perizinan.Storage.Attachments;
using Perizinan.Storage.Audit;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Forms;
using Perizinan.Storage.Privacy;
using Perizinan.Storage.Queue;
using Perizinan.Storage.Sql;
using Perizinan.Storage.Submissions;
using Perizinan.Storage.Submissions.GroupCommit;

namespace Perizinan.Storage;

/// <summary>The SQL stores of one tenant.</summary>
internal sealed class TenantStorage(Database database, string tenant, StorageOptions options, IAttachmentContent content,
    PersonalDataProtector protector, PersonalFieldCache personalFields, SubmitWriter submitWriter, GroupCommitWriter? groupCommit) : ITenantStorage
{
    public string TenantId { get; } = tenant;

    public IFormStore Forms { get; } = new FormStore(database, tenant);

    public IDraftStore Drafts { get; } = new DraftStore(database, tenant, options.DraftLifetime, protector, personalFields);

    public IAttachmentStore Attachments { get; } = new AttachmentStore(database, tenant, content);

    public ISubmissionStore Submissions { get; } = new SubmissionStore(submitWriter, tenant, groupCommit);

    public ITenantQueue Queue { get; } = new TenantQueue(database, tenant);

    public IAuditLog Audit { get; } = new AuditLog(database, tenant);
}
