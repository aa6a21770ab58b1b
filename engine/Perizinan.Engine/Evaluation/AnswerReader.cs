using System.Text.Json;
using Perizinan.Forms.Package;
using Perizinan.Rules.Binding;

namespace Perizinan.Engine.Evaluation;

/// <summary>
/// Reads any JSON answers against the form's fields, without ever throwing: fields the form does not know are
/// reported as <c>unknown</c> (and not entered, so nesting depth is bounded by the form's own), groups that are not
/// objects or lists are reported as <c>type</c>, rows beyond <see cref="MaxRows"/> as <c>maxItems</c>.
/// </summary>
internal static class AnswerReader
{
    /// <summary>The most rows a repeating group may have, whatever its schema says.</summary>
    public const int MaxRows = 1000;

    /// <summary>Reads <paramref name="answers"/>.</summary>
    public static AnswerSnapshot Read(JsonElement answers, FieldCatalog catalog)
    {
        var snapshot = new AnswerSnapshot();
        if (answers.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return snapshot;
        }

        if (answers.ValueKind != JsonValueKind.Object)
        {
            snapshot.Problems.Add(new AnswerProblem(string.Empty, "type", AnswerShape.None, null, -1));
            return snapshot;
        }

        ReadObject(answers, string.Empty, string.Empty, -1, catalog, snapshot);
        return snapshot;
    }

    /// <summary>Turns a generic path and row into the concrete path: <c>papan[].luas</c>, 2 → <c>papan[2].luas</c>.</summary>
    public static string Concrete(string key, int row) =>
        row < 0 ? key : key.Replace("[]", $"[{row}]", StringComparison.Ordinal);

    private static void ReadObject(JsonElement obj, string genericPrefix, string concretePrefix, int row, FieldCatalog catalog, AnswerSnapshot snapshot)
    {
        foreach (var property in obj.EnumerateObject())
        {
            var key = genericPrefix + property.Name;
            var concrete = concretePrefix + property.Name;
            if (!catalog.TryGetField(key, out var field))
            {
                snapshot.Problems.Add(new AnswerProblem(concrete, "unknown", AnswerShape.None, null, -1));
                continue;
            }

            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            switch (field.Shape)
            {
                case FieldShape.Value:
                    snapshot.Answers[(key, row)] = value;
                    break;
                case FieldShape.Group when value.ValueKind == JsonValueKind.Object:
                    ReadObject(value, key + ".", concrete + ".", row, catalog, snapshot);
                    break;
                case FieldShape.Repeat when value.ValueKind == JsonValueKind.Array && row < 0:
                    ReadRows(value, key, concrete, catalog, snapshot);
                    break;
                default:
                    var shape = field.Shape == FieldShape.Group ? AnswerShape.Group : AnswerShape.Rows;
                    snapshot.Problems.Add(new AnswerProblem(concrete, "type", shape, key, row));
                    break;
            }
        }
    }

    private static void ReadRows(JsonElement array, string key, string concrete, FieldCatalog catalog, AnswerSnapshot snapshot)
    {
        var count = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (count == MaxRows)
            {
                snapshot.Problems.Add(new AnswerProblem(concrete, "maxItems", AnswerShape.Rows, key, -1));
                break;
            }

            if (item.ValueKind == JsonValueKind.Object)
            {
                ReadObject(item, key + "[].", $"{concrete}[{count}].", count, catalog, snapshot);
            }
            else if (item.ValueKind != JsonValueKind.Null)
            {
                snapshot.Problems.Add(new AnswerProblem($"{concrete}[{count}]", "type", AnswerShape.Row, key, -1));
            }

            count++;
        }

        snapshot.RowCounts[key] = count;
    }
}
