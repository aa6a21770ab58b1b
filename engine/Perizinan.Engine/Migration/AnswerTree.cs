using System.Globalization;
using System.Text.Json.Nodes;

namespace Perizinan.Engine.Migration;

/// <summary>
/// Writes into the new answers by field path (rows as <c>[]</c>) and row number, creating the groups and rows on the
/// way. A path blocked by a node of another kind, or a value already written, is refused, never overwritten.
/// </summary>
internal static class AnswerTree
{
    /// <summary>The path with its row number: <c>papan[].luas</c> and 2 give <c>papan[2].luas</c>.</summary>
    public static string Concrete(string fieldPath, int? row) =>
        row is { } r ? fieldPath.Replace("[]", "[" + r.ToString(CultureInfo.InvariantCulture) + "]", StringComparison.Ordinal) : fieldPath;

    /// <summary>Makes sure a group exists (an empty object when new).</summary>
    public static void EnsureGroup(JsonObject root, string fieldPath, int? row)
    {
        if (Parent(root, fieldPath, row, out var name) is { } parent && !parent.ContainsKey(name))
        {
            parent[name] = new JsonObject();
        }
    }

    /// <summary>Makes sure a repeating group has at least <paramref name="count"/> rows (empty objects when new).</summary>
    public static void EnsureRows(JsonObject root, string fieldPath, int count)
    {
        if (Parent(root, fieldPath, null, out var name) is not { } parent)
        {
            return;
        }

        if (!parent.ContainsKey(name))
        {
            parent[name] = new JsonArray();
        }

        if (parent[name] is JsonArray rows)
        {
            while (rows.Count < count)
            {
                rows.Add(new JsonObject());
            }
        }
    }

    /// <summary>Writes a value; <c>false</c> when the place is blocked or already holds an answer.</summary>
    public static bool TrySet(JsonObject root, string fieldPath, int? row, JsonNode? value)
    {
        if (Parent(root, fieldPath, row, out var name) is not { } parent || parent.ContainsKey(name))
        {
            return false;
        }

        parent[name] = value;
        return true;
    }

    /// <summary>The object that holds the path's last name, created on the way; <c>null</c> when something blocks it.</summary>
    private static JsonObject? Parent(JsonObject root, string fieldPath, int? row, out string name)
    {
        var segments = fieldPath.Split('.');
        var current = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var segment = segments[i];
            if (segment.EndsWith("[]", StringComparison.Ordinal))
            {
                if (row is not { } r || Rows(current, segment[..^2]) is not { } rows)
                {
                    name = string.Empty;
                    return null;
                }

                while (rows.Count <= r)
                {
                    rows.Add(new JsonObject());
                }

                rows[r] ??= new JsonObject();
                if (rows[r] is not JsonObject next)
                {
                    name = string.Empty;
                    return null;
                }

                current = next;
            }
            else
            {
                if (!current.ContainsKey(segment))
                {
                    current[segment] = new JsonObject();
                }

                if (current[segment] is not JsonObject next)
                {
                    name = string.Empty;
                    return null;
                }

                current = next;
            }
        }

        name = segments[^1];
        return current;
    }

    private static JsonArray? Rows(JsonObject parent, string name)
    {
        if (!parent.ContainsKey(name))
        {
            parent[name] = new JsonArray();
        }

        return parent[name] as JsonArray;
    }
}
