using Json.Schema;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// Everything the engine knows about one field: what the rules see, its own schema, its label and place. Immutable.
/// </summary>
/// <param name="Descriptor">The field as the rules see it.</param>
/// <param name="Schema">
/// The field's own subschema, built, to validate one answer (a value or a repeating group's rows); <c>null</c> for a
/// group. Thread-safe to evaluate.
/// </param>
/// <param name="Title">The schema's <c>title</c>, or the property name: used in messages when there is no label.</param>
/// <param name="Layout">Where the layout asks it, or <c>null</c> when it is not placed.</param>
/// <param name="SchemaRequired">Whether its parent object lists it in <c>required</c> (always required when visible).</param>
/// <param name="IsPersonal">Whether it holds personal data (<c>"x-pii": true</c> on it or on a group it is in).</param>
/// <param name="Page">The page it is placed on, or <c>null</c>.</param>
/// <param name="Section">The section it is placed in, or <c>null</c>.</param>
/// <param name="SchemaLocation">Where <c>schema.json</c> names the property.</param>
/// <param name="RequiredLocation">Where its parent's <c>required</c> names it, or <c>null</c>.</param>
internal sealed record FieldInfo(
    FieldDescriptor Descriptor,
    JsonSchema? Schema,
    string Title,
    FieldLayout? Layout,
    bool SchemaRequired,
    bool IsPersonal,
    PageLayout? Page,
    SectionLayout? Section,
    SourceLocation SchemaLocation,
    SourceLocation? RequiredLocation)
{
    /// <summary>The field's path (rows written as <c>[]</c>).</summary>
    public string Path => Descriptor.Path;
}
