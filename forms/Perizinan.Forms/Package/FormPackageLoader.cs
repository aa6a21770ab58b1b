using System.Text.Json;
using Json.Schema;
using Perizinan.Forms.Scenarios;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// Loads form packages from a folder or from memory and checks them (<c>PZP1001</c>–<c>PZP1010</c>,
/// <c>PZP1012</c>–<c>PZP1014</c>, <c>PZP1016</c>). Never throws for a bad package: every problem becomes a diagnostic with its file,
/// line and column. Thread-safe (stateless).
/// </summary>
/// <remarks>
/// A package is returned whenever its manifest and schema could be built, even when <c>diagnostics</c> holds errors,
/// so that a checker can go on to the rules; a package with any error must never run. The rules-dependent checks
/// (<c>PZP1011</c>, <c>PZP1015</c>) are in <see cref="PackageChecks"/>, for the engine to call after compiling the rules.
/// Locations name package files by their relative path (<c>form.json</c>, <c>scenarios/besar.json</c>).
/// </remarks>
public static class FormPackageLoader
{
    /// <summary>
    /// Loads the package in a folder named after its version, inside a folder named after its id
    /// (<c>samples/forms/izin-reklame/1.0.0</c>). Returns <c>null</c> when the package cannot be built at all.
    /// </summary>
    public static FormPackage? Load(string directory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var files = PackageFiles.FromDirectory(directory, diagnostics);
        if (files is null)
        {
            return null;
        }

        var package = Build(files, directory, diagnostics);
        if (package is not null)
        {
            PackageChecks.CheckFolderName(package, diagnostics);
        }

        return package;
    }

    /// <summary>
    /// Loads a package held in memory (tests, the designer): file texts by relative path (<c>form.json</c>,
    /// <c>scenarios/besar.json</c>). The folder-name check (<c>PZP1014</c>) is skipped. Returns <c>null</c> when the
    /// package cannot be built at all.
    /// </summary>
    public static FormPackage? LoadFromFiles(IReadOnlyDictionary<string, string> files, string name, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(diagnostics);

        return Build(PackageFiles.FromDictionary(files, diagnostics), name, diagnostics);
    }

    private static FormPackage? Build(PackageFiles files, string name, DiagnosticBag diagnostics)
    {
        var (manifest, pointers) = ReadManifest(files, diagnostics);
        var schemaText = files.Get(PackageFiles.Schema);
        var (schema, schemaFields, schemaPositions) = ReadSchema(schemaText, diagnostics);
        if (manifest is null || pointers is null || schema is null || schemaPositions is null)
        {
            return null;
        }

        var catalog = FieldCatalogBuilder.Build(manifest, pointers, schemaFields, schemaPositions, diagnostics);
        MigrationChecks.Check(manifest, pointers, catalog, diagnostics);
        var scenarios = files.Scenarios
            .Select(s => ScenarioReader.Read(s.Path, s.Text, catalog, diagnostics))
            .OfType<Scenario>()
            .ToList();

        return new FormPackage(
            name,
            manifest,
            schemaText!,
            schema,
            catalog,
            files.Get(PackageFiles.Rules) ?? string.Empty,
            files.Get(PackageFiles.Functions),
            scenarios,
            PackageHash.Compute(files),
            pointers,
            schemaPositions);
    }

    private static (FormManifest?, ManifestPointers?) ReadManifest(PackageFiles files, DiagnosticBag diagnostics)
    {
        if (files.Get(PackageFiles.Form) is not { } text
            || JsonPositions.Read(PackageFiles.Form, text, diagnostics) is not { } positions
            || !TryParse(PackageFiles.Form, text, diagnostics, out var root))
        {
            return (null, null);
        }

        return ManifestReader.Read(root, positions, diagnostics);
    }

    private static (JsonSchema?, IReadOnlyList<SchemaField>, JsonPositions?) ReadSchema(string? text, DiagnosticBag diagnostics)
    {
        if (text is null
            || JsonPositions.Read(PackageFiles.Schema, text, diagnostics) is not { } positions
            || !TryParse(PackageFiles.Schema, text, diagnostics, out var root))
        {
            return (null, [], null);
        }

        var schema = SchemaBuilder.BuildRoot(root, positions, diagnostics);
        var fields = SchemaWalker.Walk(root, positions, diagnostics);
        return (schema, fields, positions);
    }

    private static bool TryParse(string file, string text, DiagnosticBag diagnostics, out JsonElement root)
    {
        if (JsonText.TryParse(text, out root))
        {
            return true;
        }

        diagnostics.Error(PackageDiagnostics.InvalidJson, SourceLocation.OfFile(file), $"{file} bukan JSON yang sah", $"{file} is not valid JSON");
        return false;
    }
}
