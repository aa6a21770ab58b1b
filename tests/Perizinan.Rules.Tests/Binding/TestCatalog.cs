using System.Text.Json;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Tests.Binding;

/// <summary>
/// A field catalog for tests, read from a small JSON file instead of a whole form package:
/// <code>
/// {
///   "extends": "catalog.json",                      // optional: start from another file (relative to this one)
///   "remove": ["reklame.sisi"],                     // optional: drop inherited fields
///   "fields": [
///     { "path": "reklame", "shape": "group" },
///     { "path": "reklame.luas", "type": "number" },   // shape defaults to "value"
///     { "path": "reklame.jenis", "type": "text", "allowed": ["billboard", "baliho"] },
///     { "path": "papan", "shape": "repeat" },
///     { "path": "papan[].luas", "type": "number", "repeat": "papan" },   // repeat defaults from the path
///     { "path": "hasil.kategori", "type": "text", "computed": true, "inLayout": false },
///     { "path": "dokumen.izin", "type": "text", "hidden": true, "layout": { "file": "form.json", "line": 40, "column": 9 } }
///   ],
///   "fees": ["pajak_reklame"]
/// }
/// </code>
/// Unknown keys are rejected so that a typo in test data fails loudly. Immutable once built.
/// </summary>
public sealed class TestCatalog : IFieldCatalog
{
    private static readonly HashSet<string> FileKeys = new(StringComparer.Ordinal) { "extends", "remove", "fields", "fees" };

    private static readonly HashSet<string> FieldKeys = new(StringComparer.Ordinal)
    {
        "path", "shape", "type", "computed", "repeat", "allowed", "inLayout", "hidden", "layout",
    };

    private readonly Dictionary<string, FieldDescriptor> _byPath;
    private readonly HashSet<string> _fees;

    /// <summary>Builds a catalog from descriptors and fee ids.</summary>
    public TestCatalog(IEnumerable<FieldDescriptor> fields, IEnumerable<string> fees)
    {
        Fields = fields.ToList();
        _byPath = new Dictionary<string, FieldDescriptor>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (!_byPath.TryAdd(field.Path, field))
            {
                throw new InvalidDataException($"The test catalog lists '{field.Path}' twice.");
            }
        }

        _fees = new HashSet<string>(fees, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<FieldDescriptor> Fields { get; }

    /// <summary>The declared fee ids.</summary>
    public IReadOnlyCollection<string> Fees => _fees;

    /// <inheritdoc />
    public bool TryGetField(string path, out FieldDescriptor field) => _byPath.TryGetValue(path, out field!);

    /// <inheritdoc />
    public bool HasFee(string feeId) => _fees.Contains(feeId);

    /// <summary>Reads a catalog file (following <c>extends</c>).</summary>
    public static TestCatalog Load(string path)
    {
        var (fields, fees) = LoadParts(Path.GetFullPath(path), depth: 0);
        return new TestCatalog(fields, fees);
    }

    /// <summary>Reads a catalog from JSON text; <c>extends</c> is resolved against <paramref name="baseDirectory"/>.</summary>
    public static TestCatalog Parse(string json, string? baseDirectory = null)
    {
        var (fields, fees) = ParseParts(json, baseDirectory ?? Directory.GetCurrentDirectory(), "(inline)", depth: 0);
        return new TestCatalog(fields, fees);
    }

    private static (List<FieldDescriptor> Fields, List<string> Fees) LoadParts(string path, int depth) =>
        ParseParts(File.ReadAllText(path), Path.GetDirectoryName(path)!, path, depth);

    private static (List<FieldDescriptor> Fields, List<string> Fees) ParseParts(string json, string baseDirectory, string origin, int depth)
    {
        if (depth > 8)
        {
            throw new InvalidDataException($"{origin}: 'extends' nests too deeply (a loop?).");
        }

        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        RejectUnknownKeys(root, FileKeys, origin);

        var fields = new List<FieldDescriptor>();
        var fees = new List<string>();
        if (root.TryGetProperty("extends", out var extends))
        {
            (fields, fees) = LoadParts(Path.GetFullPath(Path.Combine(baseDirectory, extends.GetString()!)), depth + 1);
        }

        if (root.TryGetProperty("remove", out var remove))
        {
            var removed = remove.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
            fields.RemoveAll(f => removed.Contains(f.Path));
        }

        if (root.TryGetProperty("fields", out var list))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in list.EnumerateArray())
            {
                var field = ReadField(element, origin);
                if (!seen.Add(field.Path))
                {
                    throw new InvalidDataException($"{origin}: '{field.Path}' is listed twice.");
                }

                // A field of the same path in the extended file is replaced.
                fields.RemoveAll(f => f.Path == field.Path);
                fields.Add(field);
            }
        }

        if (root.TryGetProperty("fees", out var feeList))
        {
            fees.AddRange(feeList.EnumerateArray().Select(e => e.GetString()!).Where(id => !fees.Contains(id)));
        }

        return (fields, fees);
    }

    private static FieldDescriptor ReadField(JsonElement element, string origin)
    {
        RejectUnknownKeys(element, FieldKeys, origin);
        var path = element.GetProperty("path").GetString()!;
        var shape = String(element, "shape") switch
        {
            null or "value" => FieldShape.Value,
            "group" => FieldShape.Group,
            "repeat" => FieldShape.Repeat,
            var other => throw new InvalidDataException($"{origin}: '{path}' has an unknown shape '{other}'."),
        };
        var type = String(element, "type") switch
        {
            null or "any" => DslType.Any,
            "number" or "integer" => DslType.Number,
            "text" or "string" => DslType.Text,
            "bool" or "boolean" => DslType.Bool,
            "date" => DslType.Date,
            "list" => DslType.List,
            var other => throw new InvalidDataException($"{origin}: '{path}' has an unknown type '{other}'."),
        };
        if (shape == FieldShape.Value && type == DslType.Any)
        {
            throw new InvalidDataException($"{origin}: the value field '{path}' needs a type.");
        }

        var repeat = String(element, "repeat") ?? DefaultRepeat(path);
        IReadOnlyList<string>? allowed = element.TryGetProperty("allowed", out var a)
            ? a.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : null;
        SourceLocation? layout = null;
        if (element.TryGetProperty("layout", out var l))
        {
            layout = new SourceLocation(
                l.GetProperty("file").GetString()!,
                l.GetProperty("line").GetInt32(),
                l.GetProperty("column").GetInt32());
        }

        return new FieldDescriptor(
            path,
            shape,
            type,
            IsComputed: Bool(element, "computed", false),
            RepeatPath: repeat,
            AllowedValues: allowed,
            InLayout: Bool(element, "inLayout", true),
            MarkedHidden: Bool(element, "hidden", false),
            LayoutLocation: layout);
    }

    /// <summary>The group a row path belongs to: <c>papan[].luas</c> → <c>papan</c>; <c>null</c> outside rows.</summary>
    private static string? DefaultRepeat(string path)
    {
        var cut = path.LastIndexOf("[]", StringComparison.Ordinal);
        return cut < 0 ? null : path[..cut];
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static bool Bool(JsonElement element, string name, bool fallback) =>
        element.TryGetProperty(name, out var value) ? value.GetBoolean() : fallback;

    private static void RejectUnknownKeys(JsonElement element, HashSet<string> known, string origin)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw new InvalidDataException($"{origin}: unknown key '{property.Name}'.");
            }
        }
    }
}
