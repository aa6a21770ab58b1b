namespace Perizinan.Host.Api.Contracts;

/// <summary>A permit with every published version.</summary>
/// <param name="Current">The current version's summary.</param>
/// <param name="Versions">Every published version, oldest first.</param>
public sealed record FormDetail(FormSummary Current, IReadOnlyList<FormVersionSummary> Versions);
