using Perizinan.Storage.Attachments;
using Perizinan.Storage.Audit;
using Perizinan.Storage.Drafts;
using Perizinan.Storage.Forms;
using Perizinan.Storage.Queue;
using Perizinan.Storage.Submissions;

namespace Perizinan.Storage;

/// <summary>
/// The stores of one tenant (a Pemda). Every query these stores run is filtered by <see cref="TenantId"/>, so one
/// tenant cannot read or change another's rows: the tenant is fixed when the stores are made, never passed per call.
/// Thread-safe; cheap to create per request.
/// </summary>
public interface ITenantStorage
{
    /// <summary>The tenant these stores belong to.</summary>
    string TenantId { get; }

    /// <summary>Published form versions.</summary>
    IFormStore Forms { get; }

    /// <summary>Drafts.</summary>
    IDraftStore Drafts { get; }

    /// <summary>Attachments (berkas) of drafts.</summary>
    IAttachmentStore Attachments { get; }

    /// <summary>Submissions, their queue items (through submit) and status history.</summary>
    ISubmissionStore Submissions { get; }

    /// <summary>The tenant's queue items, for operators (dead letters, requeue).</summary>
    ITenantQueue Queue { get; }

    /// <summary>The hash-chained audit log.</summary>
    IAuditLog Audit { get; }
}
