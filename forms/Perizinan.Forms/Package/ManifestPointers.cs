using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// Where each part of a manifest (a page, a section, a field, a fee) was read from in <c>form.json</c>, so that checks
/// made after reading still point at the exact place. Parts are found by reference, not by value: two equal fields in
/// two places are two parts. Immutable once the manifest is read.
/// </summary>
internal sealed class ManifestPointers
{
    private readonly Dictionary<object, string> _pointers = new(ReferenceEqualityComparer.Instance);

    public ManifestPointers(JsonPositions positions) => Positions = positions;

    /// <summary>The positions of <c>form.json</c>.</summary>
    public JsonPositions Positions { get; }

    /// <summary>Records where a part was read from (while reading).</summary>
    public void Add(object part, string pointer) => _pointers[part] = pointer;

    /// <summary>The pointer of a part, or of one of its properties; the root when the part is unknown.</summary>
    public string PointerOf(object part, string? property = null)
    {
        var pointer = _pointers.GetValueOrDefault(part, string.Empty);
        return property is null ? pointer : JsonPositions.Child(pointer, property);
    }

    /// <summary>The location of a part, or of one of its properties' values.</summary>
    public SourceLocation At(object part, string? property = null) => Positions.At(PointerOf(part, property));
}
