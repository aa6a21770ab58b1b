using System.Text.Json;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// Reads the properties of one JSON object leniently: every missing, mistyped or unknown property is reported with
/// its position (under the code given, e.g. <c>PZP1003</c> for the manifest), and the caller gets what could be read.
/// Not thread-safe: one per object read.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private JsonObjectReader(JsonElement element, string pointer, JsonPositions positions, DiagnosticBag diagnostics, string code)
    {
        _element = element;
        Pointer = pointer;
        Positions = positions;
        Diagnostics = diagnostics;
        Code = code;
    }

    /// <summary>The pointer of the object.</summary>
    public string Pointer { get; }

    /// <summary>The positions of the file the object is in.</summary>
    public JsonPositions Positions { get; }

    /// <summary>Where problems go.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>The code of a missing, mistyped or unknown property.</summary>
    public string Code { get; }

    /// <summary>The location of the object itself.</summary>
    public SourceLocation Location => Positions.At(Pointer);

    /// <summary>Opens an object, or reports (under <paramref name="code"/>) and returns <c>null</c> when it is not one.</summary>
    public static JsonObjectReader? Open(JsonElement element, string pointer, JsonPositions positions, DiagnosticBag diagnostics, string code)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(element, pointer, positions, diagnostics, code);
        }

        diagnostics.Error(code, positions.At(pointer), "Di sini harus ada sebuah objek ({ … })", "An object ({ … }) is expected here");
        return null;
    }

    /// <summary>Opens another object of the same file, reporting the same way.</summary>
    public JsonObjectReader? Open(JsonElement element, string pointer) => Open(element, pointer, Positions, Diagnostics, Code);

    /// <summary>The pointer of a property of this object.</summary>
    public string PointerOf(string name) => JsonPositions.Child(Pointer, name);

    /// <summary>The location of a property's value (or of this object when the property is missing).</summary>
    public SourceLocation LocationOf(string name) => Positions.At(PointerOf(name));

    /// <summary>The names of the properties, in file order, marking them all as read.</summary>
    public IEnumerable<(string Name, JsonElement Value)> Properties()
    {
        foreach (var property in _element.EnumerateObject())
        {
            _read.Add(property.Name);
            yield return (property.Name, property.Value);
        }
    }

    /// <summary>Gets a property, marking it as read; reports it when it is required and missing.</summary>
    public bool TryGet(string name, bool required, out JsonElement value)
    {
        _read.Add(name);
        if (_element.TryGetProperty(name, out value))
        {
            return true;
        }

        if (required)
        {
            Diagnostics.Error(Code, Location, $"Properti \"{name}\" wajib ada di sini", $"Property \"{name}\" is required here");
        }

        return false;
    }

    /// <summary>Reads a text property. A required text must not be blank.</summary>
    public string? String(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(name, "teks", "a text");
            return null;
        }

        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Diagnostics.Error(Code, LocationOf(name), $"Properti \"{name}\" tidak boleh kosong", $"Property \"{name}\" must not be empty");
        }

        return text;
    }

    /// <summary>Reads a <c>true</c>/<c>false</c> property.</summary>
    public bool? Bool(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        WrongType(name, "true atau false", "true or false");
        return null;
    }

    /// <summary>Reads a whole-number property that must be at least <paramref name="minimum"/>.</summary>
    public int? Integer(string name, bool required, int minimum)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= minimum)
        {
            return number;
        }

        WrongType(name, $"bilangan bulat paling kecil {minimum}", $"a whole number of at least {minimum}");
        return null;
    }

    /// <summary>Reads an array property, giving its items with their pointers.</summary>
    public IReadOnlyList<(JsonElement Item, string Pointer)>? Array(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(name, "daftar ([ … ])", "an array ([ … ])");
            return null;
        }

        var pointer = PointerOf(name);
        return [.. value.EnumerateArray().Select((item, i) => (item, JsonPositions.Child(pointer, i)))];
    }

    /// <summary>Reads an array property of texts; items that are not texts are reported and left out.</summary>
    public IReadOnlyList<string>? StringArray(string name, bool required)
    {
        var items = Array(name, required);
        if (items is null)
        {
            return null;
        }

        var texts = new List<string>(items.Count);
        foreach (var (item, pointer) in items)
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                texts.Add(item.GetString()!);
            }
            else
            {
                Diagnostics.Error(Code, Positions.At(pointer), "Di sini harus ada teks yang tidak kosong", "A non-empty text is expected here");
            }
        }

        return texts;
    }

    /// <summary>Opens an object property.</summary>
    public JsonObjectReader? Object(string name, bool required) =>
        TryGet(name, required, out var value) ? Open(value, PointerOf(name)) : null;

    /// <summary>
    /// Reads a text in both languages (<c>{ "id": "…", "en": "…" }</c>). A missing or blank language is reported as
    /// <c>PZP1013</c> and read as empty; anything else that is wrong under <see cref="Code"/>.
    /// </summary>
    public LocalizedText? Text(string name, bool required) =>
        TryGet(name, required, out var value) ? ReadText(value, PointerOf(name)) : null;

    /// <summary>Reads a text in both languages at any pointer of the file.</summary>
    public LocalizedText? ReadText(JsonElement value, string pointer)
    {
        var reader = Open(value, pointer);
        if (reader is null)
        {
            return null;
        }

        var id = reader.Language("id", "Indonesia", "Indonesian");
        var en = reader.Language("en", "Inggris", "English");
        reader.ReportUnknown();
        return new LocalizedText(id, en);
    }

    /// <summary>Reports every property that no read asked for.</summary>
    public void ReportUnknown()
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                Diagnostics.Error(
                    Code,
                    Positions.NameAt(PointerOf(property.Name)),
                    $"Properti \"{property.Name}\" tidak dikenal di sini",
                    $"Unknown property \"{property.Name}\" here");
            }
        }
    }

    /// <summary>Reports a property whose value has the wrong type.</summary>
    public void WrongType(string name, string expectedId, string expectedEn) =>
        Diagnostics.Error(
            Code,
            LocationOf(name),
            $"Properti \"{name}\" harus berupa {expectedId}",
            $"Property \"{name}\" must be {expectedEn}");

    private string Language(string key, string languageId, string languageEn)
    {
        _read.Add(key);
        if (_element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString()!;
        }

        var at = _element.TryGetProperty(key, out _) ? LocationOf(key) : Location;
        Diagnostics.Error(
            PackageDiagnostics.MissingTranslation,
            at,
            $"Teks ini tidak punya versi bahasa {languageId} (\"{key}\")",
            $"This text has no {languageEn} version (\"{key}\")");
        return string.Empty;
    }
}
