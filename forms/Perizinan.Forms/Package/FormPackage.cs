using Json.Schema;
using Perizinan.Forms.Scenarios;

namespace Perizinan.Forms.Package;

/// <summary>
/// One version of a permit form, loaded by <see cref="FormPackageLoader"/>: manifest and layout, the built schema of
/// the answers, the fields, the rules' source and the scenarios. Immutable and thread-safe; load it once per version
/// (keyed by <see cref="ContentHash"/>) and share it.
/// </summary>
public sealed class FormPackage
{
    internal FormPackage(
        string directory,
        FormManifest manifest,
        string schemaText,
        JsonSchema schema,
        FieldCatalog catalog,
        string rulesSource,
        string? functionsSource,
        IReadOnlyList<Scenario> scenarios,
        string contentHash,
        ManifestPointers manifestPointers,
        JsonPositions schemaPositions)
    {
        Directory = directory;
        Manifest = manifest;
        SchemaText = schemaText;
        Schema = schema;
        Catalog = catalog;
        RulesSource = rulesSource;
        FunctionsSource = functionsSource;
        Scenarios = scenarios;
        ContentHash = contentHash;
        ManifestPointers = manifestPointers;
        SchemaPositions = schemaPositions;
    }

    /// <summary>The folder the package was loaded from, or the name given to an in-memory package.</summary>
    public string Directory { get; }

    /// <summary>The manifest and layout (<c>form.json</c>).</summary>
    public FormManifest Manifest { get; }

    /// <summary>The text of <c>schema.json</c>, as written (the data contract for integrators).</summary>
    public string SchemaText { get; }

    /// <summary>The schema of the answers, built (JSON Schema 2020-12). Thread-safe to evaluate.</summary>
    public JsonSchema Schema { get; }

    /// <summary>The text of the rules file (empty when the file is missing, which is reported).</summary>
    public string RulesSource { get; }

    /// <summary>The name of the rules file, for diagnostics.</summary>
    public string RulesFileName => PackageFiles.Rules;

    /// <summary>The text of <c>functions.js</c>, or <c>null</c> when the package has none.</summary>
    public string? FunctionsSource { get; }

    /// <summary>The name of the functions file, for diagnostics.</summary>
    public string FunctionsFileName => PackageFiles.Functions;

    /// <summary>The scenarios that could be read, in ordinal order of their file names.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>
    /// The content hash: SHA-256 over the package files, as 64 lower-case hex digits, the same on every machine
    /// (line endings and byte order marks do not count). See <see cref="PackageHash"/> for the exact recipe.
    /// </summary>
    public string ContentHash { get; }

    /// <summary>
    /// The paths of the single-value fields that hold personal data (<c>"x-pii": true</c> on the field or on a group it is
    /// in), in schema order; fields in rows of a repeating group are written with <c>[]</c>, e.g. <c>anggota[].nik</c>.
    /// </summary>
    public IReadOnlyList<string> PersonalFieldPaths =>
        [.. Catalog.Infos.Where(f => f.IsPersonal && f.Descriptor.Shape == Perizinan.Rules.Binding.FieldShape.Value).Select(f => f.Path)];

    /// <summary>The fields and fees, as the rules and the engine see them.</summary>
    internal FieldCatalog Catalog { get; }

    /// <summary>Where each part of the manifest is in <c>form.json</c>.</summary>
    internal ManifestPointers ManifestPointers { get; }

    /// <summary>Where each value of <c>schema.json</c> is.</summary>
    internal JsonPositions SchemaPositions { get; }
}
