using System.Text.Json.Nodes;

namespace Perizinan.Engine.Tests.TestSupport;

/// <summary>
/// One question of an in-memory test package: its path (<c>a.b</c>, <c>papan</c>, <c>papan[].luas</c>), its own part of
/// the schema, the widget it is asked with, its label and example, and whether the schema requires it.
/// </summary>
internal sealed record TestField(string Path, JsonObject Schema, string Widget, string LabelId, string LabelEn, JsonNode? Example, bool SchemaRequired)
{
    public static TestField Number(string path, string? label = null, decimal? example = null, decimal? minimum = null, decimal? maximum = null, bool required = false)
    {
        var schema = new JsonObject { ["type"] = "number", ["title"] = label ?? path };
        if (minimum is { } min)
        {
            schema["minimum"] = min;
        }

        if (maximum is { } max)
        {
            schema["maximum"] = max;
        }

        return Make(path, schema, "number", label, example is { } e ? JsonValue.Create(e) : null, required);
    }

    public static TestField Integer(string path, string? label = null, long? example = null, long? minimum = null, long? maximum = null, bool required = false)
    {
        var schema = new JsonObject { ["type"] = "integer", ["title"] = label ?? path };
        if (minimum is { } min)
        {
            schema["minimum"] = min;
        }

        if (maximum is { } max)
        {
            schema["maximum"] = max;
        }

        return Make(path, schema, "number", label, example is { } e ? JsonValue.Create(e) : null, required);
    }

    public static TestField Text(string path, string? label = null, string? example = null, int? maxLength = null, string? pattern = null, bool required = false)
    {
        var schema = new JsonObject { ["type"] = "string", ["title"] = label ?? path };
        if (maxLength is { } max)
        {
            schema["maxLength"] = max;
        }

        if (pattern is not null)
        {
            schema["pattern"] = pattern;
        }

        return Make(path, schema, "text", label, example is null ? null : JsonValue.Create(example), required);
    }

    public static TestField Choice(string path, IReadOnlyList<string> values, string? label = null, string? example = null, bool required = false)
    {
        var schema = new JsonObject
        {
            ["type"] = "string",
            ["title"] = label ?? path,
            ["enum"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
        };
        return Make(path, schema, "select", label, example is null ? null : JsonValue.Create(example), required);
    }

    public static TestField Flag(string path, string? label = null, bool required = false) =>
        Make(path, new JsonObject { ["type"] = "boolean", ["title"] = label ?? path }, "checkbox", label, null, required);

    public static TestField Date(string path, string? label = null, string? example = null, bool required = false) =>
        Make(path, new JsonObject { ["type"] = "string", ["format"] = "date", ["title"] = label ?? path }, "date", label,
            example is null ? null : JsonValue.Create(example), required);

    /// <summary>A value the form computes (<c>readOnly</c>), of a schema type (<c>number</c>, <c>string</c>, <c>boolean</c>).</summary>
    public static TestField Computed(string path, string type = "number", string? label = null) =>
        Make(path, new JsonObject { ["type"] = type, ["readOnly"] = true, ["title"] = label ?? path }, "computed", label, null, false);

    /// <summary>A repeating group; its row questions are the fields whose paths start with <c>path[].</c>.</summary>
    public static TestField Repeat(string path, string? label = null, int? minItems = null, int? maxItems = null, bool required = false)
    {
        var schema = new JsonObject { ["type"] = "array", ["title"] = label ?? path };
        if (minItems is { } min)
        {
            schema["minItems"] = min;
        }

        if (maxItems is { } max)
        {
            schema["maxItems"] = max;
        }

        return Make(path, schema, "repeat", label, null, required);
    }

    private static TestField Make(string path, JsonObject schema, string widget, string? label, JsonNode? example, bool required)
    {
        if (example is not null)
        {
            schema["examples"] = new JsonArray(example.DeepClone());
        }

        return new TestField(path, schema, widget, label ?? $"Isian {path}", label ?? $"Field {path}", example, required);
    }
}
