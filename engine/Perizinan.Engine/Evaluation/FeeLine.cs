namespace Perizinan.Engine.Evaluation;

/// <summary>One fee line: the fee declared in the manifest, the row it is for (per-row fees) and the amount in rupiah.</summary>
public sealed record FeeLine(string Id, LocalizedMessage Label, string Kind, string? LegalBasis, int? Row, decimal Amount);
