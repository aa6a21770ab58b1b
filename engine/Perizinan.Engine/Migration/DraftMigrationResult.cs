using System.Text.Json;

namespace Perizinan.Engine.Migration;

/// <summary>The result of <see cref="DraftMigrator.Migrate"/>. Immutable (<see cref="Answers"/> is a detached copy).</summary>
/// <param name="Outcome">Whether the answers moved, or why not.</param>
/// <param name="Answers">The answers for the new version (a JSON object) when <see cref="DraftMigrationOutcome.Migrated"/>, else <c>null</c>.</param>
/// <param name="Fields">One entry per answer of the earlier version, in the order of the answers (empty unless migrated).</param>
public sealed record DraftMigrationResult(DraftMigrationOutcome Outcome, JsonElement? Answers, IReadOnlyList<FieldMigration> Fields)
{
    /// <summary>The entries of answers the citizen has to give again.</summary>
    public IEnumerable<FieldMigration> NotCarried => Fields.Where(f => f.Kind == FieldMigrationKind.NotCarried);
}
