namespace Perizinan.Benchmarks;

/// <summary>
/// <c>--correctness</c>: which JSON Schema library reports what. Small schemas (2020-12) with answers that break
/// one keyword each, plus a valid control; then the two libraries on the samples' own schema and answers. Prints
/// Markdown tables for docs/benchmarks.md.
/// </summary>
internal static class SchemaCorrectness
{
    private const string Dialect = "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"";

    /// <summary>The combined schema: a <c>const</c> (declaration ticked) and an <c>if/then</c> (a company needs an NPWP).</summary>
    public const string CombinedSchema = "{ " + Dialect + """
        , "type": "object",
          "properties": {
            "jenis": { "type": "string", "enum": ["perorangan", "badan_usaha"] },
            "npwp": { "type": "string", "pattern": "^[0-9]{15,16}$" },
            "setuju": { "const": true }
          },
          "required": ["jenis", "setuju"],
          "if": { "properties": { "jenis": { "const": "badan_usaha" } }, "required": ["jenis"] },
          "then": { "required": ["npwp"] }
        }
        """;

    private static readonly (string Case, string Schema, string Answers, bool Valid)[] Cases =
    [
        ("control: all satisfied", CombinedSchema, """{ "jenis": "badan_usaha", "npwp": "012345678901234", "setuju": true }""", true),
        ("`const` broken (setuju = false)", CombinedSchema, """{ "jenis": "perorangan", "setuju": false }""", false),
        ("`if/then` broken (badan_usaha without npwp)", CombinedSchema, """{ "jenis": "badan_usaha", "setuju": true }""", false),
        ("`const` and `if/then` both broken", CombinedSchema, """{ "jenis": "badan_usaha", "setuju": false }""", false),
        ("`if/then/else`: else broken", "{ " + Dialect + """
            , "type": "object", "properties": { "umur": { "type": "integer" }, "wali": { "type": "string" } },
              "if": { "properties": { "umur": { "minimum": 17 } } }, "then": true, "else": { "required": ["wali"] } }
            """, """{ "umur": 15 }""", false),
        ("`dependentRequired` broken", "{ " + Dialect + """
            , "type": "object", "dependentRequired": { "kuasa": ["surat_kuasa"] } }
            """, """{ "kuasa": true }""", false),
        ("`enum` broken (control keyword)", CombinedSchema, """{ "jenis": "koperasi", "setuju": true }""", false),
        ("`pattern` broken (control keyword)", CombinedSchema, """{ "jenis": "badan_usaha", "npwp": "12-34", "setuju": true }""", false),
        ("`format: date` broken (control keyword)", "{ " + Dialect + """
            , "type": "object", "properties": { "tgl": { "type": "string", "format": "date" } } }
            """, """{ "tgl": "2026-02-30" }""", false),
    ];

    /// <summary>Runs the cases and prints the tables.</summary>
    public static void Run()
    {
        Console.WriteLine("### Which library reports the error");
        Console.WriteLine();
        Console.WriteLine("| Case | Expected | JsonSchema.Net 8.0.5 | NJsonSchema 11.6.2 |");
        Console.WriteLine("| --- | --- | --- | --- |");
        foreach (var (name, schema, answers, valid) in Cases)
        {
            var jsonSchemaNet = SchemaLibraries.JsonSchemaNetErrors(SchemaLibraries.BuildJsonSchemaNet(schema), answers);
            var njsonSchema = SchemaLibraries.NJsonSchemaErrors(SchemaLibraries.BuildNJsonSchema(schema), answers);
            Console.WriteLine($"| {name} | {(valid ? "valid" : "invalid")} | {Verdict(jsonSchemaNet, valid)} | {Verdict(njsonSchema, valid)} |");
        }

        Console.WriteLine();
        Console.WriteLine("Combined schema used by the first four cases:");
        Console.WriteLine();
        Console.WriteLine("```json");
        Console.WriteLine(CombinedSchema.Trim());
        Console.WriteLine("```");
        Console.WriteLine();
        Console.WriteLine("### The samples' own schema and fullest answers");
        Console.WriteLine();
        Console.WriteLine("| Package | JsonSchema.Net errors | NJsonSchema errors |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var id in new[] { "stress-300", "izin-reklame" })
        {
            var directory = Samples.PackageDir(id);
            var schemaText = File.ReadAllText(Path.Combine(directory, "schema.json"));
            var answers = Samples.FullAnswers(Samples.LoadPackage(directory)).ToJsonString();
            var a = SchemaLibraries.JsonSchemaNetErrors(SchemaLibraries.BuildJsonSchemaNet(schemaText), answers);
            var b = SchemaLibraries.NJsonSchemaErrors(SchemaLibraries.BuildNJsonSchema(schemaText), answers);
            Console.WriteLine($"| {id} | {List(a)} | {List(b)} |");
        }
    }

    private static string Verdict(List<string> errors, bool expectedValid)
    {
        var right = (errors.Count == 0) == expectedValid;
        var said = errors.Count == 0 ? "valid" : "invalid: " + List(errors);
        return (right ? "✅ " : "❌ ") + said;
    }

    private static string List(List<string> errors) =>
        errors.Count == 0 ? "0" : $"{errors.Count} (`{string.Join("`, `", errors.Take(4))}`{(errors.Count > 4 ? ", …" : string.Empty)})";
}
