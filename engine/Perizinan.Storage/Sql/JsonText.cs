using System.Text.Json;

namespace Perizinan.Storage.Sql;

/// <summary>JSON values to and from the text the stores write.</summary>
internal static class JsonText
{
    /// <summary>The text of a JSON object (<c>{}</c> for <c>null</c>); anything else is a caller's bug.</summary>
    public static string Object(JsonElement? value, string parameter)
    {
        if (value is not { } element)
        {
            return "{}";
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"Answers must be a JSON object, not {element.ValueKind}.", parameter);
        }

        return element.GetRawText();
    }

    /// <summary>A detached element parsed from stored text.</summary>
    public static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
