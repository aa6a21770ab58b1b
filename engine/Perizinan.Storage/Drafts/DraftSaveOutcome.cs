namespace Perizinan.Storage.Drafts;

/// <summary>What <see cref="IDraftStore.SaveAsync"/> did.</summary>
public enum DraftSaveOutcome
{
    /// <summary>The answers were saved as a new revision.</summary>
    Saved,

    /// <summary>The draft moved on since the expected revision (another tab, another device): nothing changed.</summary>
    Conflict,

    /// <summary>No such draft in this tenant: nothing changed.</summary>
    NotFound,

    /// <summary>The draft was already submitted and can no longer change.</summary>
    AlreadySubmitted,
}
