namespace Perizinan.Storage.Submissions;

/// <summary>What <see cref="ISubmissionStore.SubmitAsync"/> did.</summary>
public enum SubmitOutcome
{
    /// <summary>The submission and its queue items were written.</summary>
    Submitted,

    /// <summary>The draft had been submitted before: the first submission is returned, nothing was written.</summary>
    AlreadySubmitted,

    /// <summary>The draft was saved after the evaluated revision: nothing written; evaluate again.</summary>
    Conflict,

    /// <summary>No such draft in this tenant: nothing written.</summary>
    DraftNotFound,
}
