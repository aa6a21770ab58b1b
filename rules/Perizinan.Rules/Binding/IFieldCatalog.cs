namespace Perizinan.Rules.Binding;

/// <summary>
/// The fields and fees of one form, as the rules see them. The rules project knows fields only through this
/// interface; the form package (project <c>Perizinan.Forms</c>) implements it from <c>schema.json</c> and
/// <c>form.json</c>. Implementations must be immutable and thread-safe.
/// </summary>
public interface IFieldCatalog
{
    /// <summary>Every field, group and repeating group, parents before children.</summary>
    IReadOnlyList<FieldDescriptor> Fields { get; }

    /// <summary>Finds a field by its path (rows written as <c>[]</c>).</summary>
    bool TryGetField(string path, out FieldDescriptor field);

    /// <summary>Whether a fee with this id is declared in the manifest.</summary>
    bool HasFee(string feeId);
}
