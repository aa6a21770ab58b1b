using System.Text.Json;

namespace Perizinan.Storage.Drafts;

/// <summary>
/// The tenant's drafts: answers a citizen is still filling in, pinned to the form version they started on. Saves use
/// optimistic concurrency: each save names the revision it was based on, and a stale save is refused with the
/// current revision, never merged or overwritten. Thread-safe.
/// </summary>
public interface IDraftStore
{
    /// <summary>
    /// Starts a draft on a published, not retired version. A draft without an owner is anonymous and gets a
    /// <see cref="Draft.ResumeCode"/> to come back with.
    /// </summary>
    Task<DraftCreateResult> CreateAsync(NewDraft draft, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the answers (a JSON object) if the draft is still at <paramref name="expectedRevision"/>; the revision
    /// then goes up by one and the expiry starts again. Otherwise nothing changes and the result says why.
    /// </summary>
    Task<DraftSaveResult> SaveAsync(Guid draftId, long expectedRevision, JsonElement answers, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the draft to a newer version of its form, if it is still at <paramref name="expectedRevision"/>: in one
    /// transaction the answers are migrated as <paramref name="newVersion"/>'s <c>migrations</c> declare
    /// (<c>DraftMigrator</c>), the draft is pinned to that version, the answers are stored as the next revision (the expiry
    /// starts again) and an audit entry <c>draft.migrated</c> is written. Refused, changing nothing, when the revision is
    /// stale, the draft is submitted, the version is unknown, retired or not newer, or it does not take drafts of the
    /// draft's version. The per-answer report is in the result.
    /// </summary>
    Task<DraftMigrateResult> MigrateAsync(Guid draftId, long expectedRevision, string newVersion, CancellationToken cancellationToken = default);

    /// <summary>The draft, or <c>null</c> when it does not exist in this tenant (or was purged).</summary>
    Task<Draft?> GetAsync(Guid draftId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The anonymous draft with this resume code, or <c>null</c>. Case, spaces and dashes do not matter. The code is
    /// short enough to guess by brute force online: the host must rate-limit lookups.
    /// </summary>
    Task<Draft?> FindByResumeCodeAsync(string resumeCode, CancellationToken cancellationToken = default);

    /// <summary>The owner's drafts (e.g. by NIK), most recently saved first.</summary>
    Task<IReadOnlyList<Draft>> ListByOwnerAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes every draft whose expiry has passed and that was never submitted (with its attachment records); returns
    /// how many. Meant for a periodic job; attachment bytes left without a record are the content store's to collect.
    /// </summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default);
}
