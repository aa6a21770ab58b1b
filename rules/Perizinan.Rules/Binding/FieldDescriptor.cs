using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Binding;

/// <summary>
/// What the rules need to know about one field of a form. Paths of fields inside a repeating group use <c>[]</c>
/// for the row: <c>papan[].luas</c>; the group itself is <c>papan</c>.
/// </summary>
/// <param name="Path">The field's path in the answers.</param>
/// <param name="Shape">Single value, group or repeating group.</param>
/// <param name="Type">The value type (for <see cref="FieldShape.Value"/>; <see cref="DslType.Any"/> otherwise).</param>
/// <param name="IsComputed">Whether the form computes it (<c>readOnly</c> in the schema): only rules <c>set</c> it.</param>
/// <param name="RepeatPath">The repeating group the field belongs to (<c>papan</c>), or <c>null</c>.</param>
/// <param name="AllowedValues">The allowed values (<c>enum</c>) of a text or list field, or <c>null</c>.</param>
/// <param name="InLayout">Whether the layout places the field (so that a citizen can see it).</param>
/// <param name="MarkedHidden">Whether the layout marks it <c>hidden</c> (asked only when a rule shows it).</param>
/// <param name="LayoutLocation">Where the layout places it, for diagnostics; <c>null</c> when not placed.</param>
public sealed record FieldDescriptor(
    string Path,
    FieldShape Shape,
    DslType Type,
    bool IsComputed = false,
    string? RepeatPath = null,
    IReadOnlyList<string>? AllowedValues = null,
    bool InLayout = true,
    bool MarkedHidden = false,
    SourceLocation? LayoutLocation = null);
