using System.Collections.Frozen;
using System.Text.Json;

namespace Perizinan.Forms.Package;

/// <summary>
/// The keywords of JSON Schema 2020-12 (and the older ones a schema may still carry) that hold subschemas, so that
/// a walk can visit every subschema without mistaking data (<c>enum</c>, <c>examples</c>, <c>const</c>) for schema.
/// </summary>
internal static class SchemaKeywords
{
    /// <summary>Keywords whose value is one subschema.</summary>
    private static readonly FrozenSet<string> Single = new[]
    {
        "additionalProperties", "items", "contains", "not", "if", "then", "else", "propertyNames",
        "unevaluatedItems", "unevaluatedProperties", "contentSchema", "additionalItems",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Keywords whose value maps names to subschemas.</summary>
    private static readonly FrozenSet<string> Map = new[]
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Keywords whose value is an array of subschemas.</summary>
    private static readonly FrozenSet<string> List = new[]
    {
        "allOf", "anyOf", "oneOf", "prefixItems",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Keywords that refer to another schema: the engine does not follow references.</summary>
    public static FrozenSet<string> References { get; } = new[]
    {
        "$ref", "$dynamicRef", "$recursiveRef",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Keywords that tie the properties of an object together; their logic belongs in the rules.</summary>
    public static FrozenSet<string> ObjectLogic { get; } = new[]
    {
        "if", "then", "else", "dependentRequired", "dependentSchemas", "dependencies", "oneOf", "anyOf", "allOf", "not",
        "patternProperties",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The direct subschemas of a schema object, with their pointers.</summary>
    public static IEnumerable<(JsonElement Schema, string Pointer)> Subschemas(JsonElement schema, string pointer)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var at = JsonPositions.Child(pointer, keyword.Name);
            var value = keyword.Value;
            if (Single.Contains(keyword.Name) && value.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
            {
                yield return (value, at);
            }
            else if (Map.Contains(keyword.Name) && value.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in value.EnumerateObject())
                {
                    yield return (entry.Value, JsonPositions.Child(at, entry.Name));
                }
            }
            else if (List.Contains(keyword.Name) && value.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    yield return (item, JsonPositions.Child(at, index++));
                }
            }
        }
    }

    /// <summary>Every schema object in a schema, the root included, depth first.</summary>
    public static IEnumerable<(JsonElement Schema, string Pointer)> All(JsonElement root, string pointer = "")
    {
        var pending = new Stack<(JsonElement, string)>();
        pending.Push((root, pointer));
        while (pending.Count > 0)
        {
            var (schema, at) = pending.Pop();
            if (schema.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            yield return (schema, at);
            foreach (var child in Subschemas(schema, at).Reverse())
            {
                pending.Push(child);
            }
        }
    }
}
