namespace Perizinan.Storage.Forms;

/// <summary>
/// The tenant's published form versions. A version, once published, never changes: publishing the same id and version
/// again with the same files is harmless, with other files it is refused. Thread-safe.
/// </summary>
public interface IFormStore
{
    /// <summary>
    /// Publishes a package given as its files (relative path → text, as <see cref="PackageFolder.Read"/> gives them).
    /// The package must load without errors; its id, version, content hash and registration prefix come from it.
    /// Compiling the rules is the caller's check (<c>CompiledForm.Compile</c>) before publishing.
    /// </summary>
    Task<PublishResult> PublishAsync(IReadOnlyDictionary<string, string> files, CancellationToken cancellationToken = default);

    /// <summary>Every published version of every form of the tenant, by form id and then oldest first, retired ones included.</summary>
    Task<IReadOnlyList<FormVersion>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The published versions of a form, oldest first, retired ones included.</summary>
    Task<IReadOnlyList<FormVersion>> ListVersionsAsync(string formId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Retires a version: no new drafts start on it; existing drafts and submissions keep it. Returns <c>false</c> when the
    /// version was never published (retiring twice is harmless).
    /// </summary>
    Task<bool> RetireAsync(string formId, string version, CancellationToken cancellationToken = default);

    /// <summary>A published version with its files, or <c>null</c>.</summary>
    Task<StoredForm?> GetAsync(string formId, string version, CancellationToken cancellationToken = default);

    /// <summary>A published version by its content hash (what a submission records), or <c>null</c>.</summary>
    Task<StoredForm?> GetByContentHashAsync(string contentHash, CancellationToken cancellationToken = default);
}
