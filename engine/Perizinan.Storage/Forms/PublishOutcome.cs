namespace Perizinan.Storage.Forms;

/// <summary>What <see cref="IFormStore.PublishAsync"/> did.</summary>
public enum PublishOutcome
{
    /// <summary>The version was new and is now published.</summary>
    Published,

    /// <summary>The same id, version and content were already published: nothing changed.</summary>
    AlreadyPublished,

    /// <summary>The id and version were already published with other content: refused, nothing changed.</summary>
    DuplicateVersion,

    /// <summary>The package has errors: refused, nothing stored.</summary>
    Refused,
}
