using System.Text.Json;
using Json.Schema;

namespace Perizinan.Forms.Package;

/// <summary>Evaluates one value against a built schema and says what is wrong with it, for examples and scenarios.</summary>
internal static class SchemaEvaluation
{
    /// <summary>
    /// The options every evaluation of answers uses (package checks here, answers in the engine): formats (<c>date</c>,
    /// <c>email</c>) are validated, not just annotated, and <c>email</c> is ours (<see cref="EmailFormat"/>).
    /// </summary>
    internal static EvaluationOptions Options { get; } = CreateOptions();

    /// <summary>The first problem the schema finds in the value, or <c>null</c> when the value is valid.</summary>
    public static string? FirstProblem(JsonSchema schema, JsonElement value)
    {
        EvaluationResults results;
        try
        {
            results = schema.Evaluate(value, Options);
        }
#pragma warning disable CA1031 // A schema the builder accepted may still fail on a value (e.g. a regex timeout); that is a finding.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return e.Message;
        }

        if (results.IsValid)
        {
            return null;
        }

        var messages = new[] { results }
            .Concat(results.Details ?? [])
            .Where(r => r.Errors is not null)
            .SelectMany(r => r.Errors!.Select(e => r.InstanceLocation.ToString() is { Length: > 0 } where ? $"{where}: {e.Value}" : e.Value));
        return messages.FirstOrDefault() ?? "not valid for the schema";
    }

    private static EvaluationOptions CreateOptions()
    {
        var options = new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        };
        options.FormatRegistry.Register(new EmailFormat());
        return options;
    }
}
