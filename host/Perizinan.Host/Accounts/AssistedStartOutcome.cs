namespace Perizinan.Host.Accounts;

/// <summary>What became of an officer's request to start an application for a citizen.</summary>
public enum AssistedStartOutcome
{
    /// <summary>The draft was created, owned by the citizen.</summary>
    Started,

    /// <summary>The NIK does not have the shape of a NIK.</summary>
    InvalidNik,

    /// <summary>The form is unknown or has no current version.</summary>
    FormNotFound,

    /// <summary>The form's version was retired meanwhile.</summary>
    FormRetired,
}
