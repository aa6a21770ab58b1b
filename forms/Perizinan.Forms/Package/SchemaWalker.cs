using System.Text.Json;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Model;

namespace Perizinan.Forms.Package;

/// <summary>
/// Walks <c>schema.json</c> into the form's fields (parents before children, in file order) and reports every part
/// the engine does not support (<c>PZP1005</c>): references, object-level logic, nested repeating groups, arrays of
/// anything but texts or rows, properties without one plain type, names the rules cannot write. Works on any JSON,
/// valid schema or not, so that all problems are reported at once.
/// </summary>
internal sealed class SchemaWalker
{
    private readonly JsonPositions _positions;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<SchemaField> _fields = [];

    private SchemaWalker(JsonPositions positions, DiagnosticBag diagnostics)
    {
        _positions = positions;
        _diagnostics = diagnostics;
    }

    /// <summary>The fields of a schema; unsupported parts are reported and left out.</summary>
    public static IReadOnlyList<SchemaField> Walk(JsonElement root, JsonPositions positions, DiagnosticBag diagnostics)
    {
        var walker = new SchemaWalker(positions, diagnostics);
        walker.ReportReferences(root);
        if (root.ValueKind == JsonValueKind.Object)
        {
            walker.WalkObject(root, string.Empty, prefix: null, repeatPath: null, personal: false);
        }

        return walker._fields;
    }

    private void ReportReferences(JsonElement root)
    {
        foreach (var (schema, pointer) in SchemaKeywords.All(root))
        {
            foreach (var keyword in schema.EnumerateObject())
            {
                if (SchemaKeywords.References.Contains(keyword.Name))
                {
                    Unsupported(_positions.NameAt(JsonPositions.Child(pointer, keyword.Name)),
                        $"\"{keyword.Name}\" tidak didukung: tulis skema setiap isian di tempatnya",
                        $"\"{keyword.Name}\" is not supported: write each field's schema in its place");
                }
            }
        }
    }

    private void WalkObject(JsonElement schema, string pointer, string? prefix, string? repeatPath, bool personal)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            var logic = SchemaKeywords.ObjectLogic.Contains(keyword.Name);
            var openEnded = keyword.Name is "additionalProperties" or "unevaluatedProperties"
                && keyword.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False);
            if (logic || openEnded)
            {
                Unsupported(_positions.NameAt(JsonPositions.Child(pointer, keyword.Name)),
                    $"\"{keyword.Name}\" pada objek tidak didukung: logika antar-isian ditulis sebagai aturan di rules.pzr",
                    $"\"{keyword.Name}\" on an object is not supported: logic between fields belongs in rules.pzr");
            }
        }

        var required = RequiredIndexes(schema);
        if (!schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var propertiesPointer = JsonPositions.Child(pointer, "properties");
        foreach (var property in properties.EnumerateObject())
        {
            SourceLocation? requiredAt = required.TryGetValue(property.Name, out var index)
                ? _positions.At(JsonPositions.Child(JsonPositions.Child(pointer, "required"), index))
                : null;
            WalkProperty(property.Name, property.Value, JsonPositions.Child(propertiesPointer, property.Name), prefix, repeatPath, personal, requiredAt);
        }
    }

    private void WalkProperty(
        string name, JsonElement schema, string pointer, string? prefix, string? repeatPath, bool personal, SourceLocation? requiredAt)
    {
        var at = _positions.NameAt(pointer);
        var path = prefix is null ? name : prefix + "." + name;
        if (!PackagePatterns.Name().IsMatch(name))
        {
            Unsupported(at,
                $"Nama properti \"{name}\" tidak bisa ditulis di aturan: pakai huruf kecil, angka dan '_', diawali huruf",
                $"The property name \"{name}\" cannot be written in rules: use lower-case letters, digits and '_', starting with a letter");
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object || TypeOf(schema, pointer) is not { } type)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                Unsupported(at,
                    $"Properti \"{path}\" harus berupa skema objek dengan satu \"type\"",
                    $"Property \"{path}\" must be a schema object with one \"type\"");
            }

            return;
        }

        var readOnly = Flag(schema, "readOnly");
        var isPersonal = personal || Flag(schema, "x-pii");
        var title = schema.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : name;

        void Add(FieldShape shape, DslType dslType, IReadOnlyList<string>? allowed = null, bool computed = false) =>
            _fields.Add(new SchemaField(
                new FieldDescriptor(path, shape, dslType, computed, repeatPath, allowed, InLayout: false),
                title, requiredAt is not null, isPersonal, schema, pointer, at, requiredAt));

        switch (type)
        {
            case "object":
                if (readOnly)
                {
                    ReadOnlyContainer(pointer, path);
                }

                Add(FieldShape.Group, DslType.Any);
                WalkObject(schema, pointer, path, repeatPath, isPersonal);
                break;

            case "array":
                WalkArray(schema, pointer, path, repeatPath, isPersonal, readOnly, Add);
                break;

            case "string":
                var isDate = schema.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String
                    && format.GetString() == "date";
                Add(FieldShape.Value, isDate ? DslType.Date : DslType.Text, isDate ? null : TextEnum(schema, pointer), readOnly);
                break;

            case "number" or "integer":
                Add(FieldShape.Value, DslType.Number, computed: readOnly);
                break;

            case "boolean":
                Add(FieldShape.Value, DslType.Bool, computed: readOnly);
                break;

            default:
                Unsupported(_positions.At(JsonPositions.Child(pointer, "type")),
                    $"Tipe \"{type}\" untuk \"{path}\" tidak didukung: pakai string, number, integer, boolean, object atau array",
                    $"The type \"{type}\" of \"{path}\" is not supported: use string, number, integer, boolean, object or array");
                break;
        }
    }

    private void WalkArray(
        JsonElement schema, string pointer, string path, string? repeatPath, bool personal, bool readOnly,
        Action<FieldShape, DslType, IReadOnlyList<string>?, bool> add)
    {
        if (schema.TryGetProperty("prefixItems", out _))
        {
            Unsupported(_positions.NameAt(JsonPositions.Child(pointer, "prefixItems")),
                $"\"prefixItems\" pada \"{path}\" tidak didukung: semua butir daftar punya skema yang sama (\"items\")",
                $"\"prefixItems\" on \"{path}\" is not supported: all items of a list share one schema (\"items\")");
        }

        var itemsPointer = JsonPositions.Child(pointer, "items");
        if (!schema.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Object)
        {
            Unsupported(_positions.At(schema.TryGetProperty("items", out _) ? itemsPointer : pointer),
                $"Daftar \"{path}\" harus punya \"items\" berupa skema teks (\"string\") atau baris (\"object\")",
                $"The list \"{path}\" needs \"items\" with a text (\"string\") or row (\"object\") schema");
            return;
        }

        if (TypeOf(items, itemsPointer) is not { } itemType)
        {
            return;
        }

        switch (itemType)
        {
            case "object":
                if (repeatPath is not null)
                {
                    Unsupported(_positions.NameAt(pointer),
                        $"Kelompok berulang \"{path}\" ada di dalam kelompok berulang \"{repeatPath}\": kelompok berulang tidak boleh bersarang",
                        $"The repeating group \"{path}\" is inside the repeating group \"{repeatPath}\": repeating groups cannot be nested");
                    return;
                }

                if (readOnly)
                {
                    ReadOnlyContainer(pointer, path);
                }

                add(FieldShape.Repeat, DslType.Any, null, false);
                WalkObject(items, itemsPointer, path + "[]", path, personal);
                break;

            case "string":
                add(FieldShape.Value, DslType.List, TextEnum(items, itemsPointer), readOnly);
                break;

            default:
                Unsupported(_positions.At(JsonPositions.Child(itemsPointer, "type")),
                    $"Daftar \"{path}\" berisi \"{itemType}\": daftar hanya boleh berisi teks (\"string\") atau baris (\"object\")",
                    $"The list \"{path}\" holds \"{itemType}\": a list may only hold texts (\"string\") or rows (\"object\")");
                break;
        }
    }

    /// <summary>The one type of a schema, or <c>null</c> (reported) when it has none or several.</summary>
    private string? TypeOf(JsonElement schema, string pointer)
    {
        if (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }

        var at = schema.TryGetProperty("type", out _) ? _positions.At(JsonPositions.Child(pointer, "type")) : _positions.NameAt(pointer);
        Unsupported(at,
            "Setiap isian harus punya tepat satu \"type\" (misalnya \"string\"); jawaban kosong tidak perlu \"null\"",
            "Every field needs exactly one \"type\" (e.g. \"string\"); an empty answer needs no \"null\"");
        return null;
    }

    /// <summary>The allowed values of a text (or of the items of a list), or <c>null</c> without <c>enum</c>.</summary>
    private List<string>? TextEnum(JsonElement schema, string pointer)
    {
        if (!schema.TryGetProperty("enum", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var allowed = new List<string>();
        var index = 0;
        foreach (var value in values.EnumerateArray())
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                allowed.Add(value.GetString()!);
            }
            else
            {
                Unsupported(_positions.At(JsonPositions.Child(JsonPositions.Child(pointer, "enum"), index)),
                    "Pilihan (\"enum\") sebuah teks harus berupa teks",
                    "The choices (\"enum\") of a text must be texts");
            }

            index++;
        }

        return allowed;
    }

    private static Dictionary<string, int> RequiredIndexes(JsonElement schema)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var name in required.EnumerateArray())
            {
                if (name.ValueKind == JsonValueKind.String)
                {
                    indexes.TryAdd(name.GetString()!, index);
                }

                index++;
            }
        }

        return indexes;
    }

    private static bool Flag(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.True;

    private void ReadOnlyContainer(string pointer, string path) =>
        Unsupported(_positions.At(JsonPositions.Child(pointer, "readOnly")),
            $"\"readOnly\" pada kelompok \"{path}\" tidak didukung: tandai isian-isian di dalamnya",
            $"\"readOnly\" on the group \"{path}\" is not supported: mark the fields inside it");

    private void Unsupported(SourceLocation at, string messageId, string messageEn) =>
        _diagnostics.Error(PackageDiagnostics.UnsupportedSchema, at, messageId, messageEn);
}
