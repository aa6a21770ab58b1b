using System.Text.Json;
using System.Text.Json.Nodes;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;
using Perizinan.Forms.Testing;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Model;

namespace Perizinan.Benchmarks;

/// <summary>Finds the sample packages, loads and compiles them, and prepares the answer sets the benchmarks use.</summary>
internal static class Samples
{
    /// <summary>The evaluation date of every benchmark (the date of the samples' scenarios).</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>The repository root: <c>PERIZINAN_ROOT</c>, or the nearest folder above this program with <c>Perizinan.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Every sample package id (<c>samples/forms/*</c>), sorted.</summary>
    public static string[] PackageIds { get; } = Directory.GetDirectories(Path.Combine(Root, "samples", "forms"))
        .Where(d => Directory.Exists(Path.Combine(d, "1.0.0")))
        .Select(Path.GetFileName)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The folder of a sample package's version 1.0.0.</summary>
    public static string PackageDir(string id) => Path.Combine(Root, "samples", "forms", id, "1.0.0");

    /// <summary>Loads a package folder (no compile); throws with the diagnostics when it does not load.</summary>
    public static FormPackage LoadPackage(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var package = FormPackageLoader.Load(directory, diagnostics);
        return package is not null && !diagnostics.HasErrors ? package : throw Failed(directory, diagnostics);
    }

    /// <summary>Loads and compiles a package folder; throws with the diagnostics when it does not compile.</summary>
    public static CompiledForm LoadCompiled(string directory)
    {
        var diagnostics = new DiagnosticBag();
        return CompiledForm.Load(directory, diagnostics) ?? throw Failed(directory, diagnostics);
    }

    /// <summary>
    /// A compiled form shared by the evaluation benchmarks of this process (a compiled form is immutable and meant to
    /// be cached; in-process, this saves compiling the same package again for every benchmark case).
    /// </summary>
    public static CompiledForm Shared(string directory)
    {
        lock (SharedForms)
        {
            if (!SharedForms.TryGetValue(directory, out var form))
            {
                SharedForms[directory] = form = LoadCompiled(directory);
            }

            return form;
        }
    }

    private static readonly Dictionary<string, CompiledForm> SharedForms = new(StringComparer.Ordinal);

    /// <summary>Compiles a loaded package; throws with the diagnostics when it does not compile.</summary>
    public static CompiledForm Compile(FormPackage package)
    {
        var diagnostics = new DiagnosticBag();
        return CompiledForm.Compile(package, diagnostics) ?? throw Failed(package.Directory, diagnostics);
    }

    /// <summary>
    /// Writes a generated stress package (<see cref="StressPackageGenerator"/>, seed 1) under a fresh temporary folder
    /// and returns the package folder (<c>…/stress-&lt;fields&gt;-&lt;rules&gt;/1.0.0</c>).
    /// </summary>
    public static string Generate(int fields, int rules)
    {
        var root = Path.Combine(Path.GetTempPath(), "perizinan-bench-" + Guid.NewGuid().ToString("N"));
        var directory = Path.Combine(root, $"stress-{fields}-{rules}", "1.0.0");
        StressPackageGenerator.Write(directory, fields, rules, seed: 1);
        return directory;
    }

    /// <summary>Deletes what <see cref="Generate"/> wrote (the temporary folder two levels above the package folder).</summary>
    public static void DeleteGenerated(string? directory)
    {
        if (directory is null)
        {
            return;
        }

        var root = Path.GetDirectoryName(Path.GetDirectoryName(directory));
        if (root is not null && Path.GetFileName(root).StartsWith("perizinan-bench-", StringComparison.Ordinal) && Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// The fullest answer set of a package: the scenario with the most answered leaves (for the stress packages this
    /// is <c>01-semua-terisi</c>, every question answered).
    /// </summary>
    public static JsonObject FullAnswers(FormPackage package) =>
        (JsonObject)package.Scenarios.OrderByDescending(s => Leaves(s.Answers)).ThenBy(s => s.File, StringComparer.Ordinal)
            .First().Answers.DeepClone();

    /// <summary>A JSON object as a stand-alone <see cref="JsonElement"/>.</summary>
    public static JsonElement Element(JsonNode node) => JsonSerializer.SerializeToElement(node);

    /// <summary>
    /// Two answer sets that differ in exactly one answer: the fullest answers (<c>A</c>) and the same with one number
    /// changed by 200 (<c>B</c>). The changed question is the always-visible, non-computed, non-row number question
    /// that the most rules read (ties: first by path), so that the change really moves rules (conditions are
    /// <c>x &gt; k</c> with k in 50..350 in the stress packages).
    /// </summary>
    public static OneChange OneChangeOf(CompiledForm form)
    {
        var answers = FullAnswers(form.Package);
        var program = form.Program;
        var reads = program.Rules
            .SelectMany(r => r.Inputs.Where(i => !i.PerRow).Select(i => i.Key).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Count: g.Count()))
            .Where(x => program.Fields.TryGetValue(x.Key, out var f) && f.Type == DslType.Number && !f.IsComputed
                && f.RepeatPath is null && program.HidingPrefixes.TryGetValue(x.Key, out var p) && p.Length == 0
                && Find(answers, x.Key) is JsonValue)
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
        if (reads.Count == 0)
        {
            throw new InvalidOperationException($"{form.Id}: no answered number question is read by a rule.");
        }

        var (key, count) = reads[0];
        var before = Find(answers, key)!.GetValue<decimal>();
        var after = before >= 200 ? before - 200 : before + 200;
        var changed = (JsonObject)answers.DeepClone();
        var parts = key.Split('.');
        var parent = parts[..^1].Aggregate((JsonNode)changed, (node, part) => node[part]!);
        parent[parts[^1]] = after;
        return new OneChange(Element(answers), Element(changed), key, count, before, after);
    }

    /// <summary>The rule and field counts of a compiled form: (rules, value fields, repeating groups).</summary>
    public static (int Rules, int Fields, int Repeats) Size(CompiledForm form) =>
        (form.Program.Rules.Length, form.Program.ValueKeys.Length, form.Program.Repeats.Length);

    private static JsonNode? Find(JsonObject answers, string key) =>
        key.Split('.').Aggregate((JsonNode?)answers, (node, part) => node is JsonObject o ? o[part] : null);

    private static int Leaves(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => Leaves(p.Value)),
        JsonArray a => a.Sum(Leaves),
        null => 0,
        _ => 1,
    };

    private static InvalidOperationException Failed(string what, DiagnosticBag diagnostics) =>
        new($"{what} did not load or compile:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics.Items)}");

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("PERIZINAN_ROOT") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Perizinan.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Perizinan.sln not found above the benchmarks; set PERIZINAN_ROOT.");
    }
}

/// <summary>Two answer sets differing in one number question.</summary>
/// <param name="A">The fullest answers.</param>
/// <param name="B">The same with <paramref name="Key"/> changed.</param>
/// <param name="Key">The changed question.</param>
/// <param name="ReadBy">How many rules read it.</param>
/// <param name="Before">Its value in A.</param>
/// <param name="After">Its value in B.</param>
internal sealed record OneChange(JsonElement A, JsonElement B, string Key, int ReadBy, decimal Before, decimal After);
