namespace Perizinan.Storage.Drafts;

/// <summary>What <see cref="IDraftStore.CreateAsync"/> did.</summary>
public enum DraftCreateOutcome
{
    /// <summary>The draft was created.</summary>
    Created,

    /// <summary>The form version is not published in this tenant: nothing stored.</summary>
    FormNotFound,

    /// <summary>The form version is retired: nothing stored.</summary>
    FormRetired,
}
