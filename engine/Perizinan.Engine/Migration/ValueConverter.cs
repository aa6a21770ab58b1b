using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Model;

namespace Perizinan.Engine.Migration;

/// <summary>
/// Turns one answer into a value of its new field's type. A field whose type did not change keeps its value as it is,
/// when the value has that type's JSON kind (otherwise it was never a proper answer: <see cref="NotCarriedReason.WrongShape"/>).
/// A changed type converts when that keeps the meaning: a number into a text, a text that is a number into a number, one
/// choice into a list of choices, a list of one choice into a choice. Choices no longer offered are left out. Never
/// throws: a value that cannot be read is a failed conversion.
/// </summary>
internal static class ValueConverter
{
    /// <summary>The converted value, the choices left out, or why it cannot be carried.</summary>
    public readonly record struct Conversion(JsonNode? Value, IReadOnlyList<string> RemovedChoices, NotCarriedReason? Failure);

    public static Conversion Convert(JsonElement value, DslType oldType, FieldDescriptor target)
    {
        if (oldType != target.Type)
        {
            return ConvertType(value, target);
        }

        var fits = target.Type switch
        {
            DslType.Text or DslType.Date => value.ValueKind == JsonValueKind.String,
            DslType.Number => value.ValueKind == JsonValueKind.Number,
            DslType.Bool => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            DslType.List => value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String),
            _ => false,
        };
        if (!fits)
        {
            return Failed(NotCarriedReason.WrongShape);
        }

        return target.Type is DslType.Text or DslType.List ? ConvertType(value, target) : Ok(JsonValue.Create(value.Clone()));
    }

    private static Conversion ConvertType(JsonElement value, FieldDescriptor target) => target.Type switch
    {
        DslType.Text => ToText(value, target),
        DslType.Number => ToNumber(value),
        DslType.Bool => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? Ok(JsonValue.Create(value.GetBoolean())) : Failed(NotCarriedReason.TypeChanged),
        DslType.Date => value.ValueKind == JsonValueKind.String && TryString(value) is { } date
            && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? Ok(JsonValue.Create(value.Clone())) : Failed(NotCarriedReason.TypeChanged),
        DslType.List => ToList(value, target),
        _ => Failed(NotCarriedReason.TypeChanged),
    };

    /// <summary>The text of a string element, or <c>null</c> when it is not a string or cannot be read.</summary>
    public static string? TryString(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static Conversion ToText(JsonElement value, FieldDescriptor target)
    {
        var (text, node) = value.ValueKind switch
        {
            JsonValueKind.String => (TryString(value), (JsonNode?)JsonValue.Create(value.Clone())),
            JsonValueKind.Number => (value.GetRawText(), JsonValue.Create(value.GetRawText())),
            JsonValueKind.Array when value.GetArrayLength() == 1 && value[0].ValueKind == JsonValueKind.String =>
                (TryString(value[0]), JsonValue.Create(value[0].Clone())),
            _ => (null, null),
        };
        if (text is null)
        {
            return Failed(NotCarriedReason.TypeChanged);
        }

        return target.AllowedValues is { } choices && !choices.Contains(text, StringComparer.Ordinal)
            ? new Conversion(null, [text], NotCarriedReason.NotAChoice)
            : Ok(node);
    }

    private static Conversion ToNumber(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return Ok(JsonValue.Create(value.Clone()));
        }

        return TryString(value) is { } text
            && decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? Ok(JsonValue.Create(number))
            : Failed(NotCarriedReason.TypeChanged);
    }

    private static Conversion ToList(JsonElement value, FieldDescriptor target)
    {
        IReadOnlyList<JsonElement> items = value.ValueKind switch
        {
            JsonValueKind.Array => [.. value.EnumerateArray()],
            JsonValueKind.String => [value],
            _ => [],
        };
        if (value.ValueKind is not (JsonValueKind.Array or JsonValueKind.String) || items.Any(i => TryString(i) is null))
        {
            return Failed(NotCarriedReason.TypeChanged);
        }

        var kept = new JsonArray();
        var removed = new List<string>();
        foreach (var item in items)
        {
            var text = TryString(item)!;
            if (target.AllowedValues is { } choices && !choices.Contains(text, StringComparer.Ordinal))
            {
                removed.Add(text);
            }
            else
            {
                kept.Add(JsonValue.Create(item.Clone()));
            }
        }

        return new Conversion(kept, removed, null);
    }

    private static Conversion Ok(JsonNode? value) => new(value, [], null);

    private static Conversion Failed(NotCarriedReason reason) => new(null, [], reason);
}
