using Perizinan.Engine.Migration;

namespace Perizinan.Storage.Drafts;

/// <summary>The result of <see cref="IDraftStore.MigrateAsync"/>. Immutable.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Revision">The draft's revision now: the new one when migrated, the current one when refused, 0 when not found.</param>
/// <param name="Draft">The migrated draft when <see cref="DraftMigrateOutcome.Migrated"/>, else <c>null</c>.</param>
/// <param name="Fields">
/// What happened to each answer (carried, renamed, dropped, not carried, with a message for the citizen) when
/// migrated, else empty. It is not stored: show it to the citizen now (the entries of answers to give again).
/// </param>
public sealed record DraftMigrateResult(DraftMigrateOutcome Outcome, long Revision, Draft? Draft, IReadOnlyList<FieldMigration> Fields);
