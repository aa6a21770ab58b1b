using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Engine.Evaluation;

namespace Perizinan.Engine.Tests.TestSupport;

/// <summary>Canonical JSON texts of a <see cref="FormState"/>, to compare two states exactly and show the difference.</summary>
internal static class StateJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>Every property of the state, in the engine's own order.</summary>
    public static string Canonical(FormState state) => JsonSerializer.Serialize(state, Options);

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
        return node.ToJsonString(Options);
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
