using System.Text.Json;

namespace Perizinan.Forms.Package;

/// <summary>Parses the text of a package file as strict JSON into a standalone (never disposed) element.</summary>
internal static class JsonText
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = JsonPositions.MaxDepth,
    };

    /// <summary>
    /// Parses a text that <see cref="JsonPositions.Read"/> accepted. The element is cloned out of its document, so it
    /// stays valid for the package's lifetime (built schemas keep their source elements) and is safe to share.
    /// </summary>
    public static bool TryParse(string text, out JsonElement element)
    {
        var json = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        try
        {
            using var document = JsonDocument.Parse(json, Strict);
            element = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            element = default;
            return false;
        }
    }
}
