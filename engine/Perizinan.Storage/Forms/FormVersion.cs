namespace Perizinan.Storage.Forms;

/// <summary>A published form version. Immutable.</summary>
/// <param name="FormId">The form's id (<c>izin-reklame</c>).</param>
/// <param name="Version">The semantic version (<c>1.0.0</c>).</param>
/// <param name="ContentHash">The package's content hash (64 hex digits).</param>
/// <param name="RegistrationPrefix">The prefix of its registration numbers (<c>REK</c>).</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="RetiredAt">When it was retired, or <c>null</c> while new drafts may start on it.</param>
public sealed record FormVersion(string FormId, string Version, string ContentHash, string RegistrationPrefix, DateTimeOffset PublishedAt, DateTimeOffset? RetiredAt);
