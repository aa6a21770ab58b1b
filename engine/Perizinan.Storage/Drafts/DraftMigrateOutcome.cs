namespace Perizinan.Storage.Drafts;

/// <summary>What <see cref="IDraftStore.MigrateAsync"/> did.</summary>
public enum DraftMigrateOutcome
{
    /// <summary>The draft is now pinned to the newer version, with the migrated answers as a new revision.</summary>
    Migrated,

    /// <summary>The draft moved on since the expected revision: nothing changed.</summary>
    Conflict,

    /// <summary>No such draft in this tenant: nothing changed.</summary>
    NotFound,

    /// <summary>The draft was already submitted and can no longer change.</summary>
    AlreadySubmitted,

    /// <summary>The target version of the draft's form is not published in this tenant: nothing changed.</summary>
    FormNotFound,

    /// <summary>The target version is retired: nothing changed.</summary>
    FormRetired,

    /// <summary>The target version is not newer than the draft's version: nothing changed.</summary>
    NotNewer,

    /// <summary>The target version's <c>migrations</c> do not take drafts of the draft's version: nothing changed.</summary>
    NotDeclared,
}
