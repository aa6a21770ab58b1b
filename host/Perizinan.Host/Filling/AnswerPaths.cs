using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Perizinan.Host.Filling;

/// <summary>
/// Reads and writes one answer of a draft by its concrete path (<c>pemohon.nik</c>, <c>papan[1].luas</c>) in the
/// answers object, creating the groups and rows on the way. Paths come from the form's layout, never from a person
/// without being matched against it first.
/// </summary>
internal static partial class AnswerPaths
{
    /// <summary>The row numbers of a concrete path replaced by <c>[]</c>: the layout's path of the question.</summary>
    public static string Template(string path) => RowNumber().Replace(path, "[]");

    /// <summary>The answer at the path, or <c>null</c> when there is none.</summary>
    public static JsonNode? Get(JsonObject answers, string path)
    {
        JsonNode? node = answers;
        foreach (var (name, row) in Segments(path))
        {
            node = node is JsonObject o && o.TryGetPropertyValue(name, out var child) ? child : null;
            if (row is { } r)
            {
                node = node is JsonArray a && r < a.Count ? a[r] : null;
            }

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Sets the answer at the path (<c>null</c> removes it), creating groups and rows as needed.</summary>
    public static void Set(JsonObject answers, string path, JsonNode? value)
    {
        var segments = Segments(path);
        JsonObject current = answers;
        for (var i = 0; i < segments.Count; i++)
        {
            var (name, row) = segments[i];
            var last = i == segments.Count - 1;
            if (row is null)
            {
                if (last)
                {
                    if (value is null)
                    {
                        current.Remove(name);
                    }
                    else
                    {
                        current[name] = value;
                    }

                    return;
                }

                if (current[name] is not JsonObject next)
                {
                    if (value is null)
                    {
                        return;
                    }

                    next = [];
                    current[name] = next;
                }

                current = next;
                continue;
            }

            if (current[name] is not JsonArray rows)
            {
                if (value is null)
                {
                    return;
                }

                rows = [];
                current[name] = rows;
            }

            while (rows.Count <= row.Value)
            {
                rows.Add(new JsonObject());
            }

            if (last)
            {
                rows[row.Value] = value ?? new JsonObject();
                return;
            }

            if (rows[row.Value] is not JsonObject rowObject)
            {
                rowObject = [];
                rows[row.Value] = rowObject;
            }

            current = rowObject;
        }
    }

    /// <summary>How many rows a repeating group has (0 when none).</summary>
    public static int RowCount(JsonObject answers, string repeatPath) => Get(answers, repeatPath) is JsonArray a ? a.Count : 0;

    /// <summary>Adds an empty row at the end of a repeating group; returns its number.</summary>
    public static int AddRow(JsonObject answers, string repeatPath)
    {
        var count = RowCount(answers, repeatPath);
        Set(answers, $"{repeatPath}[{count}]", new JsonObject());
        return count;
    }

    /// <summary>Removes one row of a repeating group (the later rows move up); <c>false</c> when there is no such row.</summary>
    public static bool RemoveRow(JsonObject answers, string repeatPath, int row)
    {
        if (Get(answers, repeatPath) is not JsonArray a || row < 0 || row >= a.Count)
        {
            return false;
        }

        a.RemoveAt(row);
        return true;
    }

    /// <summary>The HTML id of a question's input: <c>f-papan-1-luas</c> for <c>papan[1].luas</c>.</summary>
    public static string ElementId(string path) => "f-" + NotIdChar().Replace(path.Replace("[", "-", StringComparison.Ordinal), "-").Trim('-');

    private static List<(string Name, int? Row)> Segments(string path)
    {
        var list = new List<(string, int?)>();
        foreach (var part in path.Split('.'))
        {
            var open = part.IndexOf('[', StringComparison.Ordinal);
            if (open < 0)
            {
                list.Add((part, null));
                continue;
            }

            var number = part[(open + 1)..^1];
            list.Add((part[..open], int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture)));
        }

        return list;
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex RowNumber();

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex NotIdChar();
}
