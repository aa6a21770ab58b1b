namespace Perizinan.Forms.Package;

/// <summary>The kind of a fee declared in <c>form.json</c> (<c>"kind"</c>).</summary>
public enum FeeKind
{
    /// <summary>A local tax (<c>"pajak"</c>).</summary>
    Pajak,
    /// <summary>A levy for a service (<c>"retribusi"</c>).</summary>
    Retribusi,
}
