using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Tests.TestSupport;
using static Perizinan.Engine.Tests.TestSupport.TestPackage;

namespace Perizinan.Engine.Tests.Evaluation;

/// <summary>
/// Whatever a client sends (unknown fields, wrong types, deep nesting, a huge list) becomes errors on paths, never an
/// exception; and every message names the question by its label and ends with its example when it has one.
/// </summary>
public sealed class BadAnswerTests
{
    private static readonly TestField[] Fields =
    [
        TestField.Text("pemohon.nama", label: "Nama pemohon", example: "Siti Aminah", maxLength: 20),
        TestField.Integer("pemohon.umur", label: "Umur pemohon", example: 30, minimum: 17, maximum: 120),
        TestField.Choice("pemohon.jenis", ["perorangan", "badan_usaha"], label: "Jenis pemohon", example: "perorangan"),
        TestField.Flag("setuju", label: "Persetujuan", required: true),
        TestField.Text("catatan", label: "Catatan"),
        TestField.Date("tanggal", label: "Tanggal mulai", example: "2026-12-01"),
        TestField.Repeat("papan", label: "Papan reklame", maxItems: 20),
        TestField.Number("papan[].luas", label: "Luas papan", example: 12, minimum: 0),
        TestField.Computed("total"),
    ];

    private const string Rules = """
        rule "Total" then set total = sum(papan[].luas) end

        check pemohon.nama: pemohon.nama != "x"
          else id "Nama tidak boleh x" en "The name must not be x"
        """;

    private static readonly Lazy<CompiledForm> Form = new(() => Compile(Fields, Rules));

    [Fact]
    public void Evaluate_UnknownFields_UnknownErrorsAtTheirPaths()
    {
        var state = Form.Value.Evaluate("""
            { "setuju": true, "rahasia": 1, "pemohon": { "nama": "Siti", "alamat": "Jl. Mawar" }, "papan": [ { "luas": 1, "warna": "merah" } ] }
            """);

        Assert.Equal(
            ["papan[0].warna:unknown", "pemohon.alamat:unknown", "rahasia:unknown"],
            state.Errors.Select(e => $"{e.Path}:{e.Code}").Order(StringComparer.Ordinal));
        Assert.False(state.Complete);
    }

    [Theory]
    [InlineData("""{ "setuju": "ya" }""", "setuju", "type")]
    [InlineData("""{ "setuju": true, "pemohon": { "umur": "tiga puluh" } }""", "pemohon.umur", "type")]
    [InlineData("""{ "setuju": true, "pemohon": { "umur": 30.5 } }""", "pemohon.umur", "type")]
    [InlineData("""{ "setuju": true, "pemohon": { "umur": 5 } }""", "pemohon.umur", "minimum")]
    [InlineData("""{ "setuju": true, "pemohon": { "nama": 12 } }""", "pemohon.nama", "type")]
    [InlineData("""{ "setuju": true, "pemohon": { "nama": "Nama yang terlalu panjang" } }""", "pemohon.nama", "maxLength")]
    [InlineData("""{ "setuju": true, "pemohon": { "jenis": "koperasi" } }""", "pemohon.jenis", "enum")]
    [InlineData("""{ "setuju": true, "pemohon": { "jenis": ["perorangan"] } }""", "pemohon.jenis", "type")]
    [InlineData("""{ "setuju": true, "tanggal": "1 Desember 2026" }""", "tanggal", "format")]
    [InlineData("""{ "setuju": true, "tanggal": "2026-02-30" }""", "tanggal", "format")]
    [InlineData("""{ "setuju": true, "pemohon": 5 }""", "pemohon", "type")]
    [InlineData("""{ "setuju": true, "pemohon": [] }""", "pemohon", "type")]
    [InlineData("""{ "setuju": true, "papan": { "luas": 1 } }""", "papan", "type")]
    [InlineData("""{ "setuju": true, "papan": [ 5 ] }""", "papan[0]", "type")]
    [InlineData("""{ "setuju": true, "papan": [ { "luas": "besar" } ] }""", "papan[0].luas", "type")]
    [InlineData("""{ "setuju": true, "papan": [ { "luas": -1 } ] }""", "papan[0].luas", "minimum")]
    [InlineData("""{ "setuju": true, "papan": [ { "luas": { "nilai": 1 } } ] }""", "papan[0].luas", "type")]
    [InlineData("""[ 1, 2 ]""", "", "type")]
    [InlineData("""  "teks"  """, "", "type")]
    public void Evaluate_WrongTypeOrValue_ErrorAtPathWithCode(string answers, string path, string code)
    {
        var state = Form.Value.Evaluate(answers);

        Assert.Contains(state.Errors, e => e.Path == path && e.Code == code);
        Assert.False(state.Complete);
    }

    [Fact]
    public void Evaluate_NullAnswers_SameAsNoAnswers()
    {
        var nullState = Form.Value.Evaluate("null");
        var nullFields = Form.Value.Evaluate("""{ "setuju": null, "pemohon": { "nama": null }, "papan": null }""");
        var empty = Form.Value.Evaluate("{}");

        Assert.Equal(StateJson.Canonical(empty), StateJson.Canonical(nullState));
        Assert.Equal(StateJson.Canonical(empty), StateJson.Canonical(nullFields));
        Assert.Equal(["setuju"], empty.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Evaluate_WrongTypeAnswer_ReadAsEmptyByRules()
    {
        var state = Form.Value.Evaluate("""{ "setuju": true, "papan": [ { "luas": "12" }, { "luas": 3 } ] }""");

        Assert.Equal(3m, state.Values["total"]!.GetValue<decimal>());
    }

    [Fact]
    public void Evaluate_DeeplyNestedUnknownAnswer_UnknownErrorNoException()
    {
        var answers = Parse(Nested("pemohon", "alamat", 1_000), 100_000);

        var state = Form.Value.Evaluate(answers, Today);
        var clean = Form.Value.Clean(answers, Today);

        Assert.Contains(state.Errors, e => e is { Path: "pemohon.alamat", Code: "unknown" });
        Assert.Null(clean["pemohon"]);
    }

    [Fact]
    public void Evaluate_DeeplyNestedValueOfAQuestion_TypeErrorNoException()
    {
        // Parses with the default depth limit (64), so any client library could have sent it.
        var answers = Parse("""{ "setuju": true, "catatan": """ + Nested(null, "x", 60) + "}", 64);

        var state = Form.Value.Evaluate(answers, Today);

        Assert.Contains(state.Errors, e => e is { Path: "catatan", Code: "type" });
    }

    [Fact]
    public void Evaluate_VeryDeeplyNestedValueOfAQuestion_TypeErrorNoException()
    {
        // Deeper than any client library sends by default (parsing 10 000 levels already takes seconds).
        var answers = Parse("""{ "setuju": true, "catatan": """ + Nested(null, "x", 1_000) + "}", 100_000);

        var state = Form.Value.Evaluate(answers, Today);

        Assert.Contains(state.Errors, e => e is { Path: "catatan", Code: "type" });
    }

    [Fact]
    public void Evaluate_HundredThousandRows_MaxItemsErrorQuickly()
    {
        var json = new StringBuilder("""{ "setuju": true, "papan": [""");
        for (var i = 0; i < 100_000; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("""{ "luas": 1 }""");
        }

        var answers = Parse(json.Append("] }").ToString(), 64);
        var clock = Stopwatch.StartNew();

        var state = Form.Value.Evaluate(answers, Today);
        var clean = Form.Value.Clean(answers, Today);

        clock.Stop();
        Assert.Contains(state.Errors, e => e is { Path: "papan", Code: "maxItems" });
        Assert.False(state.Complete);
        Assert.True(clean["papan"]!.AsArray().Count <= 1000, "the rows read are bounded");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Evaluate_ErrorOnFieldWithExample_MessageNamesLabelAndGivesExample()
    {
        var state = Form.Value.Evaluate("""{ "setuju": true, "pemohon": { "umur": "tiga puluh" } }""");

        var error = state.Errors.Single(e => e.Path == "pemohon.umur");
        Assert.Contains("Umur pemohon", error.Message.Id, StringComparison.Ordinal);
        Assert.Contains("Umur pemohon", error.Message.En, StringComparison.Ordinal);
        Assert.EndsWith("Contoh: 30", error.Message.Id, StringComparison.Ordinal);
        Assert.EndsWith("Example: 30", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RequiredFieldWithoutExample_MessageNamesLabelWithoutExample()
    {
        var state = Form.Value.Evaluate("{}");

        var error = state.Errors.Single(e => e.Path == "setuju");
        Assert.Equal("required", error.Code);
        Assert.Contains("Persetujuan", error.Message.Id, StringComparison.Ordinal);
        Assert.Contains("Persetujuan", error.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoh:", error.Message.Id, StringComparison.Ordinal);
        Assert.DoesNotContain("Example:", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CheckFailsOnFieldWithExample_CheckMessageAsWritten()
    {
        var state = Form.Value.Evaluate("""{ "setuju": true, "pemohon": { "nama": "x" } }""");

        var error = state.Errors.Single(e => e.Path == "pemohon.nama");
        Assert.Equal("Nama tidak boleh x", error.Message.Id);
        Assert.Equal("The name must not be x", error.Message.En);
    }

    [Fact]
    public void Evaluate_EveryErrorOnAQuestion_MessageNamesItsLabelAndExample()
    {
        var state = Form.Value.Evaluate("""
            { "setuju": "ya", "pemohon": { "nama": 1, "umur": "a", "jenis": "x" }, "tanggal": "kemarin", "papan": [ { "luas": "besar" } ] }
            """);

        var byPath = Fields.ToDictionary(f => f.Path.Replace("[]", "[0]", StringComparison.Ordinal));
        Assert.Subset(
            state.Errors.Select(e => e.Path).ToHashSet(),
            new HashSet<string> { "setuju", "pemohon.nama", "pemohon.umur", "pemohon.jenis", "tanggal", "papan[0].luas" });
        Assert.All(state.Errors, e =>
        {
            var field = byPath[e.Path];
            Assert.Contains(field.LabelId, e.Message.Id, StringComparison.Ordinal);
            Assert.Contains(field.LabelEn, e.Message.En, StringComparison.Ordinal);
            if (field.Example is { } example)
            {
                var text = example.GetValueKind() == JsonValueKind.String ? example.GetValue<string>() : example.ToJsonString();
                Assert.EndsWith($"Contoh: {text}", e.Message.Id, StringComparison.Ordinal);
                Assert.EndsWith($"Example: {text}", e.Message.En, StringComparison.Ordinal);
            }
        });
    }

    /// <summary><c>{ "outer": { "name": { "name": … 1 … } } }</c>, <paramref name="depth"/> levels of <paramref name="name"/>.</summary>
    private static string Nested(string? outer, string name, int depth)
    {
        var text = new StringBuilder();
        if (outer is not null)
        {
            text.Append("{\"").Append(outer).Append("\":");
        }

        for (var i = 0; i < depth; i++)
        {
            text.Append("{\"").Append(name).Append("\":");
        }

        text.Append('1').Append('}', depth);
        if (outer is not null)
        {
            text.Append('}');
        }

        return text.ToString();
    }

    private static JsonElement Parse(string json, int maxDepth)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = maxDepth });
        return document.RootElement.Clone();
    }
}
