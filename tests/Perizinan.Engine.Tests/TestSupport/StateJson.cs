using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Engine.Evaluation;

namespace Perizinan.Engine.Tests.TestSupport;

/// <summary>Canonical JSON texts of a <see cref="FormState"/>, to compare two states exactly and show the difference.</summary>
internal static class StateJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>
    /// Every property of the state, in the engine's own order; numbers are written without trailing zeros (<c>0.00</c> and
    /// <c>0</c> are one number; see <c>EngineBugTests.Update_ComputedValueChangesOnlyInScale_SameJsonAsFreshEvaluation</c>).
    /// </summary>
    public static string Canonical(FormState state) => Numbers(JsonSerializer.SerializeToNode(state))!.ToJsonString(Options);

    /// <summary>JSON with every number written without trailing zeros.</summary>
    public static string Canonical(JsonNode? node) => Numbers(node?.DeepClone())?.ToJsonString(Options) ?? "null";

    /// <summary>
    /// The state with what legitimately depends on the order of the rules file taken out: a check's code
    /// (<c>check.N</c> numbers checks in file order) is replaced by its message, and errors, warnings, fee lines and
    /// problems are sorted.
    /// </summary>
    public static string OrderFree(FormState state)
    {
        var node = JsonSerializer.SerializeToNode(state)!.AsObject();
        node["Errors"] = Sorted(state.Errors.Select(Normalize));
        node["Warnings"] = Sorted(state.Warnings.Select(Normalize));
        node["Fees"] = Sorted(state.Fees.Select(f => JsonSerializer.SerializeToNode(f)!));
        node["Problems"] = Sorted(state.Problems.Select(p => (JsonNode)JsonValue.Create(p)!));
        return Numbers(node)!.ToJsonString(Options);
    }

    private static JsonNode? Numbers(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in o.Select(p => p.Key).ToList())
                {
                    var number = Numbers(o[name]);
                    if (!ReferenceEquals(number, o[name]))
                    {
                        o[name] = number;
                    }
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    var number = Numbers(a[i]);
                    if (!ReferenceEquals(number, a[i]))
                    {
                        a[i] = number;
                    }
                }

                return a;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                var d = decimal.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                return JsonValue.Create(d / 1.0000000000000000000000000000m);
            default:
                return node;
        }
    }

    private static JsonNode Normalize(FieldError e)
    {
        var code = e.Code.StartsWith("check.", StringComparison.Ordinal) || e.Code.StartsWith("warn.", StringComparison.Ordinal)
            ? e.Code[..e.Code.IndexOf('.', StringComparison.Ordinal)] + ":" + e.Message.En
            : e.Code;
        return JsonSerializer.SerializeToNode(e with { Code = code })!;
    }

    private static JsonArray Sorted(IEnumerable<JsonNode> items) =>
        new(items.Select(i => (Text: i.ToJsonString(), Node: i)).OrderBy(x => x.Text, StringComparer.Ordinal).Select(x => (JsonNode?)x.Node).ToArray());
}
