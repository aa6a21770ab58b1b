using System.Text.Json;
using Json.Schema;
using Perizinan.Forms.Package;

namespace Perizinan.Engine.Evaluation;

/// <summary>
/// Validates one answer against its field's own part of the schema (JsonSchema.Net is the authority), turning the
/// failed keywords into coded, bilingual errors. Per field, so that a changed answer is re-validated alone.
/// Thread-safe.
/// </summary>
internal sealed class FieldValidator
{
    private static EvaluationOptions Options => SchemaEvaluation.Options;

    private readonly Dictionary<string, JsonElement> _keywords;
    private readonly FieldInfo _info;

    public FieldValidator(FieldInfo info)
    {
        _info = info;
        _keywords = [];
        if (info.Schema is { } schema)
        {
            var json = JsonSerializer.SerializeToElement(schema);
            if (json.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in json.EnumerateObject())
                {
                    _keywords[p.Name] = p.Value.Clone();
                }
            }
        }
    }

    /// <summary>A keyword's value in the field's schema, if it has it.</summary>
    public JsonElement? Keyword(string name) => _keywords.TryGetValue(name, out var v) ? v : null;

    /// <summary>The errors of one answer (empty when valid).</summary>
    public IReadOnlyList<FieldError> Validate(JsonElement answer, string concretePath)
    {
        if (_info.Schema is not { } schema)
        {
            return [];
        }

        EvaluationResults results;
        try
        {
            results = schema.Evaluate(answer, Options);
        }
#pragma warning disable CA1031 // A pathological answer (e.g. a regex timeout) is an invalid answer, not a crash.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [new FieldError(concretePath, "format", Messages.For("format", _info, concretePath))];
        }

        if (results.IsValid)
        {
            return [];
        }

        var codes = new List<string>();
        foreach (var r in new[] { results }.Concat(results.Details ?? []))
        {
            foreach (var keyword in r.Errors?.Keys ?? Enumerable.Empty<string>())
            {
                if (!codes.Contains(keyword))
                {
                    codes.Add(keyword);
                }
            }
        }

        if (codes.Count == 0)
        {
            codes.Add("type");
        }

        // The most telling error first: a wrong type makes the rest noise.
        var code = codes.Contains("type") ? "type" : codes[0];
        return [new FieldError(concretePath, code, Messages.For(code, _info, concretePath, Keyword(code)))];
    }
}
