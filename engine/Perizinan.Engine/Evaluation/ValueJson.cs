using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Rules.Model;

namespace Perizinan.Engine.Evaluation;

/// <summary>Converts between JSON answers and rule values.</summary>
internal static class ValueJson
{
    /// <summary>The value of an answer for a field of <paramref name="type"/>; empty when it does not fit (the schema reports why).</summary>
    public static Value FromJson(JsonElement e, DslType type)
    {
        switch (type)
        {
            case DslType.Number when e.ValueKind == JsonValueKind.Number:
                return e.TryGetDecimal(out var d) ? Value.Number(d) : Value.Empty;
            case DslType.Text when e.ValueKind == JsonValueKind.String:
                var s = e.GetString();
                return string.IsNullOrEmpty(s) ? Value.Empty : Value.Text(s);
            case DslType.Bool when e.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return Value.Bool(e.GetBoolean());
            case DslType.Date when e.ValueKind == JsonValueKind.String:
                return DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? Value.Date(date)
                    : Value.Empty;
            case DslType.List when e.ValueKind == JsonValueKind.Array:
                var items = new List<string>();
                foreach (var item in e.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        return Value.Empty;
                    }

                    items.Add(item.GetString()!);
                }

                return items.Count == 0 ? Value.Empty : Value.List(items);
            default:
                return Value.Empty;
        }
    }

    /// <summary>
    /// A number without trailing zeros (<c>0.00</c> → <c>0</c>, <c>2.50</c> → <c>2.5</c>). Decimals keep the scale of
    /// their arithmetic, and equal numbers of another scale do not re-fire rules, so results show numbers normalized:
    /// the same answers give the same JSON however they were reached.
    /// </summary>
    public static decimal Normalize(decimal d) => d / 1.000000000000000000000000000000000m;

    /// <summary>The JSON of a value (computed values in results and cleaned answers).</summary>
    public static JsonNode? ToJson(Value v) => v.Kind switch
    {
        ValueKind.Number => JsonValue.Create(Normalize(v.AsNumber)),
        ValueKind.Text => JsonValue.Create(v.AsText),
        ValueKind.Bool => JsonValue.Create(v.AsBool),
        ValueKind.Date => JsonValue.Create(v.AsDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ValueKind.List => new JsonArray(v.AsList.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
        _ => null,
    };
}
