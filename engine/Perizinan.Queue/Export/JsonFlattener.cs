using System.Text.Json;

namespace Perizinan.Queue.Export;

/// <summary>Flattens a JSON value to (dotted path, text) pairs in document order: objects by <c>.name</c>, arrays by <c>[i]</c>.</summary>
internal static class JsonFlattener
{
    public static void Flatten(JsonElement value, string path, List<KeyValuePair<string, string>> cells)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Flatten(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, cells);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Flatten(item, $"{path}[{index++}]", cells);
                }

                break;
            case JsonValueKind.String:
                cells.Add(new(path, value.GetString()!));
                break;
            case JsonValueKind.Null:
                cells.Add(new(path, string.Empty));
                break;
            default:
                cells.Add(new(path, value.GetRawText()));
                break;
        }
    }
}
