using System.Text.Json.Nodes;

namespace Perizinan.Forms.Package;

/// <summary>
/// How one question is asked: its place in <c>form.json</c>. The answer's type and limits are in <c>schema.json</c>;
/// this says how it looks. Treat <see cref="Example"/> as read-only: it is a detached copy owned by this record.
/// </summary>
/// <param name="Path">The field's path in the answers (<c>pemohon.nik</c>, <c>papan[].luas</c> in a repeat).</param>
/// <param name="Widget">How it is asked (<c>text</c>, <c>number</c>, <c>radio</c>, <c>repeat</c>, …; see <c>form-packages.md</c>).</param>
/// <param name="Label">The question.</param>
/// <param name="Help">Optional help under the question.</param>
/// <param name="Example">An example answer (valid for the schema), or <c>null</c>.</param>
/// <param name="Options">Labels of the choices of an <c>enum</c> field, by value, or <c>null</c>.</param>
/// <param name="Unit">A unit shown after the input (<c>m²</c>), or <c>null</c>.</param>
/// <param name="Hidden">Whether the question is asked only when a rule shows it (documentation; rules decide).</param>
/// <param name="Attachment">For a <c>file</c> field: what it accepts; otherwise <c>null</c>.</param>
/// <param name="Fields">For a <c>repeat</c>: the questions of one row; otherwise <c>null</c>.</param>
/// <param name="ItemLabel">For a <c>repeat</c>: the name of one row (<c>Papan</c>), or <c>null</c>.</param>
public sealed record FieldLayout(
    string Path,
    string Widget,
    LocalizedText Label,
    LocalizedText? Help = null,
    JsonNode? Example = null,
    IReadOnlyDictionary<string, LocalizedText>? Options = null,
    string? Unit = null,
    bool Hidden = false,
    AttachmentSlot? Attachment = null,
    IReadOnlyList<FieldLayout>? Fields = null,
    LocalizedText? ItemLabel = null);
