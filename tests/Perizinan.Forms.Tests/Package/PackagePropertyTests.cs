using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Perizinan.Forms.Package;
using Perizinan.Rules.Diagnostics;
using static Perizinan.Forms.Tests.Package.TestPackage;

namespace Perizinan.Forms.Tests.Package;

/// <summary>
/// Whatever an author (or a broken disk) puts in a package, loading gives diagnostics, never an exception. Random
/// bytes, random JSON, and the valid package with one value swapped for random JSON (which reaches deep into the
/// readers) are tried as <c>form.json</c>, <c>schema.json</c> and a scenario.
/// </summary>
public sealed class PackagePropertyTests
{
    private static readonly string[] Targets = ["form.json", "schema.json", "scenarios/satu-papan.json"];

    [Property(MaxTest = 200)]
    public Property LoadFromFiles_RandomText_DiagnosticsNeverThrows() =>
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Elements(Targets), RandomText)), input =>
        {
            var (file, text) = input;
            var (package, diagnostics) = Load(With(file, _ => text));

            AssertConsistent(package, diagnostics);
        });

    [Property(MaxTest = 100)]
    public Property LoadFromFiles_RandomJson_DiagnosticsNeverThrows() =>
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Elements(Targets), Json(3))), input =>
        {
            var (file, json) = input;
            var (package, diagnostics) = Load(With(file, _ => json?.ToJsonString() ?? "null"));

            AssertConsistent(package, diagnostics);
        });

    [Property(MaxTest = 300)]
    public Property LoadFromFiles_OneValueOfValidPackageReplaced_DiagnosticsNeverThrows() =>
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Zip(Gen.Elements(Targets), Gen.Choose(0, 10_000)), Json(2))), input =>
        {
            var ((file, pick), replacement) = input;
            var files = With(file, text => ReplaceOneValue(text, pick, replacement));

            var (package, diagnostics) = Load(files);

            AssertConsistent(package, diagnostics);
        });

    [Property(MaxTest = 30)]
    public Property Load_RandomBytesOnDisk_DiagnosticsNeverThrows() =>
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Elements(Targets.Append("rules.pzr").ToArray()), Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)))), input =>
        {
            var (file, bytes) = input;
            using var folder = new TempPackageFolder("izin-contoh", "1.0.0", Files());
            folder.Write(file, bytes);
            var bag = new DiagnosticBag();

            var package = FormPackageLoader.Load(folder.Path, bag);

            AssertConsistent(package, bag.Items);
        });

    /// <summary>Random text: mostly JSON-ish characters, with some of anything (surrogates included).</summary>
    private static Gen<string> RandomText =>
        Gen.ArrayOf(Gen.Frequency(
                (6, Gen.Elements("{}[]\":,.-+eE0123456789 \n\r\ttruefalsnl\\/abc".ToCharArray())),
                (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c))))
            .Select(chars => new string(chars));

    /// <summary>Random JSON values, nested up to <paramref name="depth"/> levels, with the names packages use.</summary>
    private static Gen<JsonNode?> Json(int depth)
    {
        var names = Gen.Elements(
            "id", "en", "path", "widget", "type", "properties", "items", "required", "enum", "format", "readOnly", "x-pii",
            "pages", "sections", "fields", "label", "example", "options", "attachment", "fees", "today", "answers", "expect",
            "$ref", "if", "minLength", "pattern", "papan[].luas", "pemohon.nik", "", "~/");
        var scalars = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Gen.Elements<JsonNode?>(true, false),
            Gen.Choose(-3, 30_000).Select(n => (JsonNode?)n),
            Gen.Elements(0.5m, -1e-3m, 79228162514264337593543950335m).Select(d => (JsonNode?)d),
            Gen.Elements("", "object", "array", "string", "number", "date", "repeat", "text", "2026-11-25", "^(", "izin-contoh", "1.0.0", "pajak")
                .Select(s => (JsonNode?)s));
        if (depth == 0)
        {
            return scalars;
        }

        var inner = Json(depth - 1);
        var array = Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(inner, n)).Select(items => (JsonNode?)new JsonArray([.. items.Select(i => i?.DeepClone())]));
        var obj = Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Gen.Zip(names, inner), n)).Select(pairs =>
        {
            var o = new JsonObject();
            foreach (var (name, value) in pairs)
            {
                o[name] = value?.DeepClone();
            }

            return (JsonNode?)o;
        });
        return Gen.Frequency((3, scalars), (2, array), (2, obj));
    }

    /// <summary>The JSON text with the value at one of its nodes (picked by number, wrapping around) replaced.</summary>
    private static string ReplaceOneValue(string text, int pick, JsonNode? replacement)
    {
        var root = JsonNode.Parse(text)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = nodes[pick % nodes.Count];
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement?.DeepClone();
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = replacement?.DeepClone();
                break;
            default:
                return replacement?.ToJsonString() ?? "null";
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            Collect(child, nodes);
        }
    }

    private static void AssertConsistent(FormPackage? package, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (package is null)
        {
            Assert.Contains(diagnostics, d => d.IsError);
        }

        Assert.All(diagnostics, d =>
        {
            Assert.Matches("^PZP10(0[1-9]|1[0-5])$", d.Code);
            Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString());
            Assert.False(string.IsNullOrEmpty(d.MessageId));
            Assert.False(string.IsNullOrEmpty(d.MessageEn));
        });
    }
}
