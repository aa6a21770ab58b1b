using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;

namespace Perizinan.Engine.Tests.TestSupport;

/// <summary>
/// Writes a small, valid package in memory from a list of <see cref="TestField"/>s, a rules text, fees and an optional
/// <c>functions.js</c>: <c>form.json</c> (one page, one section, the questions in the order given, row questions inside
/// their repeating group) and <c>schema.json</c> (groups made from the dotted paths), then loads and compiles it.
/// </summary>
internal static class TestPackage
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>The package's files.</summary>
    public static Dictionary<string, string> Files(IReadOnlyList<TestField> fields, string rules, IReadOnlyList<string>? fees = null, string? functions = null)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["form.json"] = Form(fields, fees ?? []).ToJsonString(),
            ["schema.json"] = Schema(fields).ToJsonString(),
            ["rules.pzr"] = rules,
        };
        if (functions is not null)
        {
            files["functions.js"] = functions;
        }

        return files;
    }

    /// <summary>Loads and compiles the package; fails the test (with the diagnostics) when it has any error.</summary>
    public static CompiledForm Compile(IReadOnlyList<TestField> fields, string rules, IReadOnlyList<string>? fees = null, string? functions = null) =>
        Compile(Files(fields, rules, fees, functions));

    /// <summary>Loads and compiles package files; fails the test (with the diagnostics) when it has any error.</summary>
    public static CompiledForm Compile(IReadOnlyDictionary<string, string> files)
    {
        var (form, diagnostics) = TryCompile(files);
        Assert.True(form is not null, $"The test package does not compile:\n{Describe(diagnostics)}\n--- rules.pzr ---\n{files["rules.pzr"]}");
        return form;
    }

    /// <summary>Loads and compiles package files: the form (<c>null</c> on any error) and every diagnostic.</summary>
    public static (CompiledForm? Form, IReadOnlyList<Diagnostic> Diagnostics) TryCompile(IReadOnlyDictionary<string, string> files)
    {
        var bag = new DiagnosticBag();
        var package = FormPackageLoader.LoadFromFiles(files, "test", bag);
        var form = package is null || bag.HasErrors ? null : CompiledForm.Compile(package, bag);
        return (bag.HasErrors ? null : form, bag.Items);
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.Format("en")));

    /// <summary>Parses answers written as JSON text.</summary>
    public static JsonElement Answers(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Evaluates answers written as JSON text on <see cref="Today"/>.</summary>
    public static FormState Evaluate(this CompiledForm form, string answersJson) => form.Evaluate(Answers(answersJson), Today);

    private static JsonObject Form(IReadOnlyList<TestField> fields, IReadOnlyList<string> fees)
    {
        var placed = new JsonArray();
        var repeats = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var layout = new JsonObject
            {
                ["path"] = field.Path,
                ["widget"] = field.Widget,
                ["label"] = Text(field.LabelId, field.LabelEn),
            };
            if (field.Example is not null)
            {
                layout["example"] = field.Example.DeepClone();
            }

            if (field.Schema["enum"] is JsonArray values)
            {
                var options = new JsonObject();
                foreach (var value in values)
                {
                    var v = value!.GetValue<string>();
                    options[v] = Text($"Pilihan {v}", $"Option {v}");
                }

                layout["options"] = options;
            }

            if (field.Widget == "repeat")
            {
                var rowFields = new JsonArray();
                repeats[field.Path] = rowFields;
                layout["itemLabel"] = Text("Baris", "Row");
                layout["fields"] = rowFields;
            }

            var marker = field.Path.IndexOf("[].", StringComparison.Ordinal);
            if (marker >= 0)
            {
                repeats[field.Path[..marker]].Add(layout);
            }
            else
            {
                placed.Add(layout);
            }
        }

        return new JsonObject
        {
            ["id"] = "uji-mesin",
            ["version"] = "1.0.0",
            ["title"] = Text("Formulir uji", "Test form"),
            ["description"] = Text("Formulir untuk uji mesin", "A form for engine tests"),
            ["agency"] = Text("Dinas Uji", "Test Office"),
            ["category"] = Text("Uji", "Tests"),
            ["region"] = "Kota Uji",
            ["registrationPrefix"] = "UJI",
            ["legalBasis"] = new JsonArray("Perda Kota Uji No. 1 Tahun 2026"),
            ["requirements"] = new JsonArray(Text("KTP pemohon", "Applicant's identity card")),
            ["pages"] = new JsonArray(new JsonObject
            {
                ["id"] = "utama",
                ["title"] = Text("Halaman utama", "Main page"),
                ["sections"] = new JsonArray(new JsonObject
                {
                    ["id"] = "isian",
                    ["title"] = Text("Isian", "Fields"),
                    ["fields"] = placed,
                }),
            }),
            ["fees"] = new JsonArray(fees.Select(id => (JsonNode?)new JsonObject
            {
                ["id"] = id,
                ["kind"] = "retribusi",
                ["label"] = Text($"Retribusi {id}", $"Levy {id}"),
                ["legalBasis"] = "Perda Kota Uji No. 1 Tahun 2026 Pasal 1",
            }).ToArray()),
        };
    }

    private static JsonObject Schema(IReadOnlyList<TestField> fields)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Formulir uji",
            ["type"] = "object",
            ["properties"] = new JsonObject(),
        };
        foreach (var field in fields)
        {
            var segments = field.Path.Split('.');
            var parent = root;
            for (var i = 0; i < segments.Length - 1; i++)
            {
                var segment = segments[i];
                var properties = (JsonObject)parent["properties"]!;
                if (segment.EndsWith("[]", StringComparison.Ordinal))
                {
                    var array = (JsonObject)properties[segment[..^2]]!;
                    array["items"] ??= new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() };
                    parent = (JsonObject)array["items"]!;
                }
                else
                {
                    properties[segment] ??= new JsonObject { ["type"] = "object", ["title"] = segment, ["properties"] = new JsonObject() };
                    parent = (JsonObject)properties[segment]!;
                }
            }

            var own = (JsonObject)field.Schema.DeepClone();
            if (field.Widget == "repeat" && parent["properties"]![segments[^1]] is JsonObject existing && existing["items"] is { } items)
            {
                own["items"] = items.DeepClone();
            }

            ((JsonObject)parent["properties"]!)[segments[^1]] = own;
            if (field.SchemaRequired)
            {
                if (parent["required"] is not JsonArray required)
                {
                    parent["required"] = required = [];
                }

                required.Add(segments[^1]);
            }
        }

        return root;
    }

    private static JsonObject Text(string id, string en) => new() { ["id"] = id, ["en"] = en };
}
