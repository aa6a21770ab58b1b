using System.Text.Json;
using Json.Schema;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using JsonSchemaNet = Json.Schema.JsonSchema;
using NJsonSchemaSchema = NJsonSchema.JsonSchema;

namespace Perizinan.Benchmarks;

/// <summary>The two JSON Schema libraries behind one face: build once, then validate answers and list the errors.</summary>
internal static class SchemaLibraries
{
    /// <summary>JsonSchema.Net with the engine's options (list output, formats validated).</summary>
    public static readonly EvaluationOptions ListOptions = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>JsonSchema.Net with the cheapest output: valid or not.</summary>
    public static readonly EvaluationOptions FlagOptions = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    /// <summary>Builds a schema with JsonSchema.Net (2020-12, a registry of its own, as the engine does).</summary>
    public static JsonSchemaNet BuildJsonSchemaNet(string schemaText)
    {
        using var document = JsonDocument.Parse(schemaText);
        return JsonSchemaNet.Build(document.RootElement.Clone(),
            new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 });
    }

    /// <summary>Builds a schema with NJsonSchema.</summary>
    public static NJsonSchemaSchema BuildNJsonSchema(string schemaText) =>
        NJsonSchemaSchema.FromJsonAsync(schemaText).GetAwaiter().GetResult();

    /// <summary>The errors JsonSchema.Net reports, as "location: keyword" (empty when valid).</summary>
    public static List<string> JsonSchemaNetErrors(JsonSchemaNet schema, string answers)
    {
        using var document = JsonDocument.Parse(answers);
        var results = schema.Evaluate(document.RootElement, ListOptions);
        if (results.IsValid)
        {
            return [];
        }

        var errors = new[] { results }.Concat(results.Details ?? [])
            .Where(r => r.Errors is { Count: > 0 } && !InsideIf(r.EvaluationPath.ToString()))
            .SelectMany(r => r.Errors!.Select(e => $"{Where(r.InstanceLocation.ToString())}: {e.Key}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return errors.Count > 0 ? errors : ["(invalid)"];
    }

    /// <summary>The errors NJsonSchema reports, as "location: kind" (empty when valid).</summary>
    public static List<string> NJsonSchemaErrors(NJsonSchemaSchema schema, string answers) =>
        Flatten(schema.Validate(JToken.Parse(answers))).Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return $"{Where(error.Path)}: {error.Kind}";
            if (error is ChildSchemaValidationError child)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return inner;
                }
            }
        }
    }

    // A failed `if` is not an error: it only picks `then` or `else`; the list output still carries its details.
    private static bool InsideIf(string evaluationPath) =>
        evaluationPath.Split('/').Contains("if", StringComparer.Ordinal);

    private static string Where(string? path) =>
        string.IsNullOrEmpty(path) || path == "#" ? "/" : path.StartsWith("#/", StringComparison.Ordinal) ? path[1..] : path;
}
