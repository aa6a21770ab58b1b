namespace Perizinan.Engine.Migration;

/// <summary>What <see cref="DraftMigrator.Migrate"/> did.</summary>
public enum DraftMigrationOutcome
{
    /// <summary>The answers were moved; the report says what happened to each one.</summary>
    Migrated,

    /// <summary>The two packages are versions of different forms: nothing moved.</summary>
    DifferentForm,

    /// <summary>The target version is not newer than the draft's version: nothing moved.</summary>
    NotNewer,

    /// <summary>The target version's <c>migrations</c> do not take drafts of the draft's version: nothing moved.</summary>
    NotDeclared,
}
