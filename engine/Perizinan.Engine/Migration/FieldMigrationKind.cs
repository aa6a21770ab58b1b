namespace Perizinan.Engine.Migration;

/// <summary>What happened to one answer when a draft moved to a newer version.</summary>
public enum FieldMigrationKind
{
    /// <summary>Kept at the same path.</summary>
    Carried,

    /// <summary>Moved to another path (a <c>rename</c> of it or of a group it is in).</summary>
    Renamed,

    /// <summary>Left behind on purpose: the new version lists it (or a group it is in) under <c>drop</c>.</summary>
    Dropped,

    /// <summary>Could not be kept (see <see cref="NotCarriedReason"/>): the citizen answers it again.</summary>
    NotCarried,
}
