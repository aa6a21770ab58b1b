using System.Text.Json;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>One field as <c>schema.json</c> describes it, before the layout is known.</summary>
/// <param name="Descriptor">The field as the rules see it (layout properties not yet set).</param>
/// <param name="Title">The schema's <c>title</c>, or the property name when it has none.</param>
/// <param name="SchemaRequired">Whether the parent object lists it in <c>required</c>.</param>
/// <param name="IsPersonal">Whether it, or a group it is in, is marked <c>"x-pii": true</c>.</param>
/// <param name="Element">The field's own subschema.</param>
/// <param name="Pointer">The pointer of the subschema in <c>schema.json</c>.</param>
/// <param name="Location">Where the property is named in <c>schema.json</c>.</param>
/// <param name="RequiredLocation">Where the parent's <c>required</c> names it, or <c>null</c>.</param>
internal sealed record SchemaField(
    FieldDescriptor Descriptor,
    string Title,
    bool SchemaRequired,
    bool IsPersonal,
    JsonElement Element,
    string Pointer,
    SourceLocation Location,
    SourceLocation? RequiredLocation)
{
    /// <summary>The field's path.</summary>
    public string Path => Descriptor.Path;
}
