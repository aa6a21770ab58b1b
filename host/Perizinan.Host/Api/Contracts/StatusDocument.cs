namespace Perizinan.Host.Api.Contracts;

/// <summary>One status change of a submission.</summary>
/// <param name="Status"><c>received</c>, <c>queued</c>, <c>delivered</c> or <c>failed</c>.</param>
/// <param name="Destination">The destination it concerns (back office, central data center), or <c>null</c>.</param>
/// <param name="At">When.</param>
public sealed record StatusDocument(string Status, string? Destination, DateTimeOffset At);
