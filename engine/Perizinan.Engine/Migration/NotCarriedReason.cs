namespace Perizinan.Engine.Migration;

/// <summary>Why an answer could not be carried to the newer version.</summary>
public enum NotCarriedReason
{
    /// <summary>The new version has no field at the answer's (renamed) path.</summary>
    FieldGone,

    /// <summary>The field's type changed and the value cannot be converted (e.g. a text that is not a number).</summary>
    TypeChanged,

    /// <summary>The value (or some of the chosen values) is no longer one of the field's choices.</summary>
    NotAChoice,

    /// <summary>The earlier version has no such field: the answer was never part of the form.</summary>
    UnknownField,

    /// <summary>The answer does not have the shape of its field (a group or a row that is not an object, rows that are not a list).</summary>
    WrongShape,

    /// <summary>Another answer was renamed to the same new path and took its place.</summary>
    PathTaken,
}
