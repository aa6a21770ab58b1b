namespace Perizinan.Host.Api.Contracts;

/// <summary>A published version of a form.</summary>
/// <param name="Version">The version.</param>
/// <param name="ContentHash">The package's content hash.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="RetiredAt">When it stopped taking new applications, or <c>null</c>.</param>
public sealed record FormVersionSummary(string Version, string ContentHash, DateTimeOffset PublishedAt, DateTimeOffset? RetiredAt);
