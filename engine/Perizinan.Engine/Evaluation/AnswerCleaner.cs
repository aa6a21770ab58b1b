using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Runtime;

namespace Perizinan.Engine.Evaluation;

/// <summary>
/// Builds the answers as submitted: visible answers only, computed values from the rules, nothing unknown.
/// Groups and rows are kept only where something visible is in them (rows of a visible group are always kept, so
/// that row numbers stay as the citizen saw them).
/// </summary>
internal static class AnswerCleaner
{
    /// <summary>Builds the cleaned answers.</summary>
    public static JsonObject Clean(CompiledForm form, FormRuntimeState state, AnswerSnapshot answers)
    {
        var root = new JsonObject();
        foreach (var repeat in form.Program.Repeats)
        {
            if (state.IsVisible(repeat, -1) && state.RowCount(repeat) > 0)
            {
                var rows = new JsonArray();
                for (var r = 0; r < state.RowCount(repeat); r++)
                {
                    rows.Add(new JsonObject());
                }

                Parent(root, repeat, -1)[Last(repeat)] = rows;
            }
        }

        foreach (var key in form.Program.ValueKeys)
        {
            var field = form.Program.Fields[key];
            var repeat = field.RepeatPath;
            if (repeat is not null && !state.IsVisible(repeat, -1))
            {
                continue;
            }

            var count = repeat is null ? 1 : state.RowCount(repeat);
            for (var i = 0; i < count; i++)
            {
                var row = repeat is null ? -1 : i;
                if (!state.IsVisible(key, row))
                {
                    continue;
                }

                JsonNode? value = null;
                if (field.IsComputed)
                {
                    value = ValueJson.ToJson(state.Effective(key, row));
                }
                else if (answers.Answers.ContainsKey((key, row)))
                {
                    // The typed answer: one of the wrong type (which the state reports as an error) is left out.
                    value = ValueJson.ToJson(state.Raw(key, row));
                }

                if (value is not null)
                {
                    Parent(root, key, row)[Last(key)] = value;
                }
            }
        }

        return root;
    }

    private static string Last(string path) => path[(path.LastIndexOf('.') + 1)..];

    /// <summary>The object that holds <paramref name="path"/>'s last segment, created as needed.</summary>
    private static JsonObject Parent(JsonObject root, string path, int row)
    {
        var segments = path.Split('.');
        JsonObject current = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var segment = segments[i];
            if (segment.EndsWith("[]", StringComparison.Ordinal))
            {
                var name = segment[..^2];
                var array = (JsonArray)current[name]!;
                current = (JsonObject)array[row]!;
            }
            else
            {
                if (current[segment] is not JsonObject next)
                {
                    next = new JsonObject();
                    current[segment] = next;
                }

                current = next;
            }
        }

        return current;
    }
}
