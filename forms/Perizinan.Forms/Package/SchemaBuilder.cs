using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Forms.Package;

/// <summary>
/// Builds <c>schema.json</c> with JsonSchema.Net as a JSON Schema 2020-12 of an object (<c>PZP1004</c> otherwise), and
/// the subschemas of single fields. Every build gets its own <see cref="SchemaRegistry"/>, so that packages (and
/// versions of one package) never see each other's <c>$id</c>s and nothing is left in the global registry.
/// </summary>
internal static class SchemaBuilder
{
    /// <summary>The meta-schema a package's schema may declare in <c>$schema</c> (or leave out).</summary>
    public const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Builds the whole schema, or reports why it is not a valid JSON Schema 2020-12 of an object.</summary>
    public static JsonSchema? BuildRoot(JsonElement root, JsonPositions positions, DiagnosticBag diagnostics)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Error(diagnostics, positions.At(string.Empty),
                "schema.json harus berupa objek JSON Schema yang menggambarkan jawaban ({ \"type\": \"object\", … })",
                "schema.json must be a JSON Schema object describing the answers ({ \"type\": \"object\", … })");
            return null;
        }

        if (root.TryGetProperty("$schema", out var declared)
            && !(declared.ValueKind == JsonValueKind.String && declared.GetString()!.TrimEnd('#') == Draft202012))
        {
            Error(diagnostics, positions.At("/$schema"),
                $"schema.json harus memakai JSON Schema 2020-12 (\"$schema\": \"{Draft202012}\") atau tidak menulis \"$schema\"",
                $"schema.json must use JSON Schema 2020-12 (\"$schema\": \"{Draft202012}\") or leave \"$schema\" out");
            return null;
        }

        if (!(root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "object"))
        {
            Error(diagnostics, positions.At(root.TryGetProperty("type", out _) ? "/type" : string.Empty),
                "Akar schema.json harus \"type\": \"object\": jawaban formulir adalah sebuah objek",
                "The root of schema.json must have \"type\": \"object\": the answers of a form are an object");
            return null;
        }

        if (TryBuild(root, out var schema, out var problem))
        {
            return schema;
        }

        var pointer = Locate(root, string.Empty);
        Error(diagnostics, positions.At(pointer),
            $"schema.json bukan JSON Schema 2020-12 yang sah: {problem}",
            $"schema.json is not a valid JSON Schema 2020-12: {problem}");
        return null;
    }

    /// <summary>Builds a schema on its own (a field's subschema), or gives the builder's message.</summary>
    public static bool TryBuild(JsonElement element, out JsonSchema? schema, out string problem)
    {
        try
        {
            schema = JsonSchema.Build(element, new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 });
            problem = string.Empty;
            return true;
        }
#pragma warning disable CA1031 // The builder throws many kinds of exceptions for bad schemas; each is an author's mistake.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            schema = null;
            problem = e.Message;
            return false;
        }
    }

    /// <summary>
    /// Finds the deepest part of a schema that does not build: a subschema that fails on its own, or else the first
    /// keyword that fails on its own. Only runs when the whole schema failed, so its cost does not matter.
    /// </summary>
    private static string Locate(JsonElement schema, string pointer)
    {
        foreach (var (child, childPointer) in SchemaKeywords.Subschemas(schema, pointer))
        {
            if (child.ValueKind == JsonValueKind.Object && !TryBuild(child, out _, out _))
            {
                return Locate(child, childPointer);
            }
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var alone = new JsonObject { [keyword.Name] = JsonNode.Parse(keyword.Value.GetRawText()) };
            using var document = JsonDocument.Parse(alone.ToJsonString());
            if (!TryBuild(document.RootElement, out _, out _))
            {
                return JsonPositions.Child(pointer, keyword.Name);
            }
        }

        return pointer;
    }

    private static void Error(DiagnosticBag diagnostics, SourceLocation at, string messageId, string messageEn) =>
        diagnostics.Error(PackageDiagnostics.InvalidSchema, at, messageId, messageEn);
}
