using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Storage.Forms;

/// <summary>A published version and the package files it was published with. Immutable.</summary>
/// <param name="Form">The version.</param>
/// <param name="Files">The package files: relative path → text.</param>
public sealed record StoredForm(FormVersion Form, IReadOnlyDictionary<string, string> Files)
{
    /// <summary>Loads the package from the stored files; <c>null</c> when it cannot be built.</summary>
    public FormPackage? LoadPackage(DiagnosticBag diagnostics) =>
        FormPackageLoader.LoadFromFiles(Files, $"{Form.FormId}/{Form.Version}", diagnostics);

    /// <summary>Loads and compiles the package; <c>null</c> when any error is reported. Cache the result by content hash.</summary>
    public CompiledForm? Compile(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var package = LoadPackage(diagnostics);
        return package is null || diagnostics.HasErrors ? null : CompiledForm.Compile(package, diagnostics);
    }
}
