using Perizinan.Engine.Evaluation;

namespace Perizinan.Engine.Migration;

/// <summary>What happened to one answer of a draft that moved to a newer version. Immutable.</summary>
/// <param name="Path">The answer's path in the earlier version, with row numbers (<c>papan[1].luas</c>); empty for the whole answers.</param>
/// <param name="NewPath">Its path in the new version when it was carried or renamed, else <c>null</c>.</param>
/// <param name="Kind">Carried, renamed, dropped or not carried.</param>
/// <param name="Reason">Why it was not carried (only for <see cref="FieldMigrationKind.NotCarried"/>).</param>
/// <param name="Message">What to tell the citizen, naming the question by its label (Indonesian and English).</param>
public sealed record FieldMigration(string Path, string? NewPath, FieldMigrationKind Kind, NotCarriedReason? Reason, LocalizedMessage Message);
