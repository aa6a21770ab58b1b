namespace Perizinan.Host.Api.Contracts;

/// <summary>Submits a draft.</summary>
/// <param name="Revision">The revision the citizen reviewed; a draft saved since gets a conflict.</param>
public sealed record SubmitRequest(long Revision);
