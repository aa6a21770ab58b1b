using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Perizinan.Rules.Binding;

namespace Perizinan.Forms.Package;

/// <summary>
/// The fields and fees of one form version, built from <c>schema.json</c> and <c>form.json</c> by
/// <see cref="FieldCatalogBuilder"/>: what the rules bind against (<see cref="IFieldCatalog"/>) and what the engine
/// needs per field (<see cref="GetInfo"/>). Immutable and thread-safe.
/// </summary>
internal sealed class FieldCatalog : IFieldCatalog
{
    private readonly FrozenDictionary<string, FieldInfo> _byPath;
    private readonly FrozenDictionary<string, FeeDeclaration> _fees;

    public FieldCatalog(IReadOnlyList<FieldInfo> fields, IReadOnlyList<FeeDeclaration> fees)
    {
        Infos = fields;
        Fields = [.. fields.Select(f => f.Descriptor)];
        ValueFieldPaths = [.. fields.Where(f => f.Descriptor.Shape == FieldShape.Value).Select(f => f.Path)];
        _byPath = fields.ToFrozenDictionary(f => f.Path, StringComparer.Ordinal);
        Fees = fees;
        _fees = fees.Where(f => f.Id.Length > 0).DistinctBy(f => f.Id).ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>Every field, group and repeating group, parents before children, in <c>schema.json</c> order.</summary>
    public IReadOnlyList<FieldDescriptor> Fields { get; }

    /// <summary>What the engine knows of every field, in the order of <see cref="Fields"/>.</summary>
    public IReadOnlyList<FieldInfo> Infos { get; }

    /// <summary>The paths of every single-value field (no groups, no repeating groups), in schema order.</summary>
    public IReadOnlyList<string> ValueFieldPaths { get; }

    /// <summary>The fees declared in the manifest.</summary>
    public IReadOnlyList<FeeDeclaration> Fees { get; }

    /// <inheritdoc />
    public bool TryGetField(string path, out FieldDescriptor field)
    {
        if (_byPath.TryGetValue(path, out var info))
        {
            field = info.Descriptor;
            return true;
        }

        field = null!;
        return false;
    }

    /// <inheritdoc />
    public bool HasFee(string feeId) => _fees.ContainsKey(feeId);

    /// <summary>A declared fee by id.</summary>
    public bool TryGetFee(string feeId, [NotNullWhen(true)] out FeeDeclaration? fee) => _fees.TryGetValue(feeId, out fee);

    /// <summary>Finds what the engine knows about a field.</summary>
    public bool TryGetInfo(string path, [NotNullWhen(true)] out FieldInfo? info) => _byPath.TryGetValue(path, out info);

    /// <summary>What the engine knows about a field; throws <see cref="KeyNotFoundException"/> for a path not in the form.</summary>
    public FieldInfo GetInfo(string path) =>
        _byPath.TryGetValue(path, out var info) ? info : throw new KeyNotFoundException($"The form has no field \"{path}\".");
}
