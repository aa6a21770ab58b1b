using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using Perizinan.Engine.Evaluation;
using JsonSchemaNet = Json.Schema.JsonSchema;
using NJsonSchemaSchema = NJsonSchema.JsonSchema;

namespace Perizinan.Benchmarks;

/// <summary>
/// JsonSchema.Net against NJsonSchema, validating the same answers (the package's fullest scenario) against the same
/// whole schema.json; answers are parsed once in the setup (JsonElement for JsonSchema.Net, JToken for NJsonSchema),
/// so only validation is timed. The last row is what the engine does instead: one JsonSchema.Net evaluation per
/// answered field against that field's own subschema (the work of a full evaluation's validation, uncached).
/// NJsonSchema is timed for comparison only: it does not implement <c>const</c> or <c>if/then/else</c> (see the
/// <c>--correctness</c> mode), so it cannot be the authority.
/// </summary>
[Config(typeof(FastConfig))]
public class SchemaLibraryBenchmarks
{
    private JsonSchemaNet _jsonSchemaNet = null!;
    private NJsonSchemaSchema _njsonSchema = null!;
    private JsonElement _answers;
    private JToken _token = null!;
    private List<(FieldValidator Validator, JsonElement Answer, string Path)> _perField = null!;

    /// <summary>The package whose schema.json and answers are used.</summary>
    [Params("stress-300", "izin-reklame")]
    public string Schema { get; set; } = "stress-300";

    /// <summary>Builds both schemas and parses the answers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var directory = Samples.PackageDir(Schema);
        var schemaText = File.ReadAllText(Path.Combine(directory, "schema.json"));
        var package = Samples.LoadPackage(directory);
        var validators = package.Catalog.Infos.ToDictionary(i => i.Path, i => new FieldValidator(i), StringComparer.Ordinal);
        var answers = Samples.FullAnswers(package).ToJsonString();
        _jsonSchemaNet = SchemaLibraries.BuildJsonSchemaNet(schemaText);
        _njsonSchema = SchemaLibraries.BuildNJsonSchema(schemaText);
        _answers = JsonDocument.Parse(answers).RootElement.Clone();
        _token = JToken.Parse(answers);
        var snapshot = AnswerReader.Read(_answers, package.Catalog);
        _perField = snapshot.Answers
            .Where(a => validators.ContainsKey(a.Key.Key))
            .Select(a => (validators[a.Key.Key], a.Value, AnswerReader.Concrete(a.Key.Key, a.Key.Row)))
            .ToList();
        Console.WriteLine($"// {Schema}: JsonSchema.Net errors {SchemaLibraries.JsonSchemaNetErrors(_jsonSchemaNet, answers).Count}, "
            + $"NJsonSchema errors {SchemaLibraries.NJsonSchemaErrors(_njsonSchema, answers).Count}, per-field answers {_perField.Count}");
    }

    /// <summary>JsonSchema.Net, whole schema, flag output (valid or not).</summary>
    [Benchmark(Description = "JsonSchema.Net whole (Flag)")]
    public bool JsonSchemaNetFlag() => _jsonSchemaNet.Evaluate(_answers, SchemaLibraries.FlagOptions).IsValid;

    /// <summary>JsonSchema.Net, whole schema, list output (the engine's options).</summary>
    [Benchmark(Description = "JsonSchema.Net whole (List)")]
    public bool JsonSchemaNetList() => _jsonSchemaNet.Evaluate(_answers, SchemaLibraries.ListOptions).IsValid;

    /// <summary>NJsonSchema, whole schema.</summary>
    [Benchmark(Description = "NJsonSchema whole")]
    public int NJsonSchema() => _njsonSchema.Validate(_token).Count;

    /// <summary>The engine's way: one FieldValidator (JsonSchema.Net, list output) per answered field.</summary>
    [Benchmark(Description = "Engine per-field (JsonSchema.Net)")]
    public int EnginePerField()
    {
        var errors = 0;
        foreach (var (validator, answer, path) in _perField)
        {
            errors += validator.Validate(answer, path).Count;
        }

        return errors;
    }
}
