using System.Text.Json;
using Json.Schema;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Model;

namespace Perizinan.Forms.Package;

/// <summary>
/// Joins the schema's fields with the layout into a <see cref="FieldCatalog"/>, and checks that they agree: every
/// placed field exists (<c>PZP1006</c>) once (<c>PZP1010</c>) with a fitting widget (<c>PZP1009</c>) and valid examples
/// (<c>PZP1008</c>), and every question has a place (<c>PZP1007</c>).
/// </summary>
internal sealed class FieldCatalogBuilder
{
    private readonly FormManifest _manifest;
    private readonly ManifestPointers _pointers;
    private readonly JsonPositions _schemaPositions;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, SchemaField> _schemaFields = new(StringComparer.Ordinal);
    private readonly List<SchemaField> _ordered = [];
    private readonly Dictionary<string, JsonSchema?> _schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Placement> _placements = new(StringComparer.Ordinal);

    private FieldCatalogBuilder(FormManifest manifest, ManifestPointers pointers, JsonPositions schemaPositions, DiagnosticBag diagnostics)
    {
        _manifest = manifest;
        _pointers = pointers;
        _schemaPositions = schemaPositions;
        _diagnostics = diagnostics;
    }

    /// <summary>Builds the catalog of a package, reporting where the schema and the layout disagree.</summary>
    public static FieldCatalog Build(
        FormManifest manifest,
        ManifestPointers pointers,
        IReadOnlyList<SchemaField> schemaFields,
        JsonPositions schemaPositions,
        DiagnosticBag diagnostics)
    {
        var builder = new FieldCatalogBuilder(manifest, pointers, schemaPositions, diagnostics);
        builder.IndexSchema(schemaFields);
        builder.PlaceLayout();
        builder.CheckCoverage();
        builder.CheckSchemaExamples();
        builder.CheckRenewal();
        return new FieldCatalog(builder.Infos(), manifest.Fees);
    }

    private void IndexSchema(IReadOnlyList<SchemaField> schemaFields)
    {
        foreach (var field in schemaFields)
        {
            // A property written twice is already a JSON error (PZP1002); the first one counts.
            if (!_schemaFields.TryAdd(field.Path, field))
            {
                continue;
            }

            _ordered.Add(field);

            // A field whose schema refers elsewhere is already reported (PZP1005); it gets no schema of its own, so
            // that its examples are not judged by a reference that cannot be resolved on its own.
            _schemas[field.Path] = field.Descriptor.Shape == FieldShape.Group || HasReference(field.Element)
                ? null
                : SchemaBuilder.TryBuild(field.Element, out var schema, out _) ? schema : null;
        }
    }

    private void PlaceLayout()
    {
        foreach (var page in _manifest.Pages)
        {
            foreach (var section in page.Sections)
            {
                foreach (var field in section.Fields)
                {
                    Place(field, page, section);
                }
            }
        }
    }

    private void Place(FieldLayout layout, PageLayout page, SectionLayout section)
    {
        PlaceOne(layout, page, section);
        foreach (var child in layout.Fields ?? [])
        {
            Place(child, page, section);
        }
    }

    private void PlaceOne(FieldLayout layout, PageLayout page, SectionLayout section)
    {
        if (layout.Path.Length == 0)
        {
            return;
        }

        var pathAt = _pointers.At(layout, "path");
        if (!_schemaFields.TryGetValue(layout.Path, out var field))
        {
            _diagnostics.Error(PackageDiagnostics.UnknownPlacedField, pathAt,
                $"Isian \"{layout.Path}\" tidak ada di schema.json",
                $"The field \"{layout.Path}\" is not in schema.json");
            return;
        }

        if (!_placements.TryAdd(layout.Path, new Placement(layout, page, section)))
        {
            var first = _placements[layout.Path];
            _diagnostics.Error(PackageDiagnostics.Duplicate, pathAt,
                $"Isian \"{layout.Path}\" sudah ditempatkan di halaman \"{first.Page.Id}\", bagian \"{first.Section.Id}\": setiap isian punya satu tempat",
                $"The field \"{layout.Path}\" is already placed on page \"{first.Page.Id}\", section \"{first.Section.Id}\": every field has one place");
            return;
        }

        CheckWidget(layout, field.Descriptor);
        CheckOptions(layout, field.Descriptor);
        CheckExample(layout);
    }

    private void CheckWidget(FieldLayout layout, FieldDescriptor field)
    {
        if (field.Shape == FieldShape.Group)
        {
            _diagnostics.Error(PackageDiagnostics.WidgetMismatch, _pointers.At(layout, "path"),
                $"\"{field.Path}\" adalah kelompok isian (\"object\"): tempatkan isian-isian di dalamnya, bukan kelompoknya",
                $"\"{field.Path}\" is a group of fields (\"object\"): place the fields inside it, not the group");
            return;
        }

        if (!Widgets.All.Contains(layout.Widget) || Widgets.Fits(layout.Widget, field))
        {
            return;
        }

        var at = _pointers.At(layout, "widget");
        if (field.IsComputed)
        {
            _diagnostics.Error(PackageDiagnostics.WidgetMismatch, at,
                $"\"{field.Path}\" dihitung oleh formulir (\"readOnly\"): tampilkan dengan widget \"computed\"",
                $"\"{field.Path}\" is computed by the form (\"readOnly\"): show it with the \"computed\" widget");
            return;
        }

        var (needsId, needsEn) = Widgets.Needs(layout.Widget);
        var (isId, isEn) = Widgets.Describe(field);
        _diagnostics.Error(PackageDiagnostics.WidgetMismatch, at,
            $"Widget \"{layout.Widget}\" tidak cocok untuk \"{field.Path}\" ({isId}): widget ini butuh {needsId}",
            $"The widget \"{layout.Widget}\" does not fit \"{field.Path}\" ({isEn}): it needs {needsEn}");
    }

    private void CheckOptions(FieldLayout layout, FieldDescriptor field)
    {
        if (layout.Options is null)
        {
            return;
        }

        if (field.AllowedValues is null)
        {
            _diagnostics.Error(PackageDiagnostics.ManifestProblem, _pointers.At(layout, "options"),
                $"\"options\" hanya untuk isian yang punya pilihan (\"enum\") di schema.json, dan \"{field.Path}\" tidak punya",
                $"\"options\" is only for fields with choices (\"enum\") in schema.json, and \"{field.Path}\" has none");
            return;
        }

        foreach (var value in layout.Options.Keys.Where(v => !field.AllowedValues.Contains(v)))
        {
            _diagnostics.Error(PackageDiagnostics.ManifestProblem,
                _pointers.Positions.NameAt(JsonPositions.Child(_pointers.PointerOf(layout, "options"), value)),
                $"\"{value}\" bukan salah satu pilihan \"{field.Path}\" di schema.json ({string.Join(", ", field.AllowedValues)})",
                $"\"{value}\" is not one of the choices of \"{field.Path}\" in schema.json ({string.Join(", ", field.AllowedValues)})");
        }
    }

    private void CheckExample(FieldLayout layout)
    {
        if (layout.Example is null || _schemas.GetValueOrDefault(layout.Path) is not { } schema)
        {
            return;
        }

        using var document = JsonDocument.Parse(layout.Example.ToJsonString());
        if (SchemaEvaluation.FirstProblem(schema, document.RootElement) is { } problem)
        {
            InvalidExample(_pointers.At(layout, "example"), layout.Path, problem);
        }
    }

    private void CheckCoverage()
    {
        foreach (var field in _ordered)
        {
            var descriptor = field.Descriptor;
            var isQuestion = descriptor.Shape == FieldShape.Repeat || (descriptor.Shape == FieldShape.Value && !descriptor.IsComputed);
            if (isQuestion && !_placements.ContainsKey(field.Path))
            {
                _diagnostics.Error(PackageDiagnostics.UnplacedField, field.Location,
                    $"Pertanyaan \"{field.Path}\" tidak punya tempat di form.json: tempatkan di sebuah bagian (atau tandai \"readOnly\" bila dihitung)",
                    $"The question \"{field.Path}\" has no place in form.json: place it in a section (or mark it \"readOnly\" if it is computed)");
            }
        }
    }

    private void CheckSchemaExamples()
    {
        foreach (var field in _ordered)
        {
            if (_schemas.GetValueOrDefault(field.Path) is not { } schema
                || !field.Element.TryGetProperty("examples", out var examples) || examples.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var index = 0;
            foreach (var example in examples.EnumerateArray())
            {
                if (SchemaEvaluation.FirstProblem(schema, example) is { } problem)
                {
                    var pointer = JsonPositions.Child(JsonPositions.Child(field.Pointer, "examples"), index);
                    InvalidExample(_schemaPositions.At(pointer), field.Path, problem);
                }

                index++;
            }
        }
    }

    private void CheckRenewal()
    {
        if (_manifest.Renews is not { NumberField.Length: > 0 } renews)
        {
            return;
        }

        var at = _pointers.At(renews, "numberField");
        if (!_schemaFields.TryGetValue(renews.NumberField, out var field))
        {
            _diagnostics.Error(PackageDiagnostics.UnknownPlacedField, at,
                $"Isian nomor izin lama \"{renews.NumberField}\" tidak ada di schema.json",
                $"The earlier permit's number field \"{renews.NumberField}\" is not in schema.json");
        }
        else if (field.Descriptor is not { Shape: FieldShape.Value, Type: DslType.Text, RepeatPath: null })
        {
            _diagnostics.Error(PackageDiagnostics.ManifestProblem, at,
                $"Isian nomor izin lama \"{renews.NumberField}\" harus berupa teks di luar kelompok berulang",
                $"The earlier permit's number field \"{renews.NumberField}\" must be a text outside any repeating group");
        }
    }

    private List<FieldInfo> Infos()
    {
        var infos = new List<FieldInfo>(_schemaFields.Count);
        foreach (var field in _ordered)
        {
            var placement = _placements.GetValueOrDefault(field.Path);
            var descriptor = field.Descriptor with
            {
                InLayout = placement is not null || (field.Descriptor.Shape == FieldShape.Group && HasPlacedDescendant(field.Path)),
                MarkedHidden = placement?.Layout.Hidden ?? false,
                LayoutLocation = placement is null ? null : _pointers.At(placement.Layout, "path"),
            };
            infos.Add(new FieldInfo(
                descriptor,
                _schemas.GetValueOrDefault(field.Path),
                field.Title,
                placement?.Layout,
                field.SchemaRequired,
                field.IsPersonal,
                placement?.Page,
                placement?.Section,
                field.Location,
                field.RequiredLocation));
        }

        return infos;
    }

    private static bool HasReference(JsonElement schema) =>
        SchemaKeywords.All(schema).Any(s => s.Schema.EnumerateObject().Any(k => SchemaKeywords.References.Contains(k.Name)));

    private bool HasPlacedDescendant(string groupPath)
    {
        var prefix = groupPath + ".";
        return _placements.Keys.Any(p => p.StartsWith(prefix, StringComparison.Ordinal));
    }

    private void InvalidExample(SourceLocation at, string path, string problem) =>
        _diagnostics.Error(PackageDiagnostics.InvalidExample, at,
            $"Contoh untuk \"{path}\" tidak diterima oleh schema.json: {problem}",
            $"The example for \"{path}\" is not accepted by schema.json: {problem}");

    private sealed record Placement(FieldLayout Layout, PageLayout Page, SectionLayout Section);
}
