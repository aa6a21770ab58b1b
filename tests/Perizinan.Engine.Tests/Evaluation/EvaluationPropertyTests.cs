using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;
using Perizinan.Engine.Evaluation;
using Perizinan.Engine.Tests.TestSupport;

namespace Perizinan.Engine.Tests.Evaluation;

/// <summary>
/// Properties of evaluation over a family of random valid packages (<see cref="RandomPackages"/>) and random answers:
/// deterministic, independent of the order of the rules, hidden means neither required nor wrong nor submitted, the
/// incremental session equals a full evaluation, and the NRules session equals the direct evaluator.
/// </summary>
public sealed partial class EvaluationPropertyTests
{
    private static readonly DateOnly Today = TestPackage.Today;

    private static readonly EvaluationOptions SchemaOptions = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    /// <summary>
    /// The random packages of this test run. Compiling a package (its NRules network) costs far more than evaluating it,
    /// so every property draws its packages from this one pool, generated afresh (new seed) for each run, and draws its
    /// answers afresh for every case; each package is compiled once.
    /// </summary>
    private static readonly Lazy<PooledPackage[]> Pool =
        new(() => RandomPackages.Package.Sample(size: 50, numberOfSamples: PoolSize).Select(p => new PooledPackage(p)).ToArray());

    private const int PoolSize = 24;

    private static Gen<PooledPackage> Packages => Gen.Choose(0, PoolSize - 1).Select(i => Pool.Value[i]);

    /// <summary>A package and one answer set.</summary>
    private static Arbitrary<PackageCase> OneAnswerSet =>
        Arb.From(from package in Packages
                 from answers in RandomPackages.Answers(package.Package)
                 select new PackageCase(package, [answers]));

    /// <summary>A package and a sequence of 1–10 answer sets (edits of one draft).</summary>
    private static Arbitrary<PackageCase> AnswerSequence =>
        Arb.From(from package in Packages
                 from count in Gen.Choose(1, 10)
                 from answers in Gen.ArrayOf(RandomPackages.Answers(package.Package), count)
                 select new PackageCase(package, answers));

    [Property(MaxTest = 100)]
    public Property Evaluate_SameAnswersTwice_EqualStates() =>
        Prop.ForAll(OneAnswerSet, Described<PackageCase>(c =>
        {
            var form = c.Form;

            var first = form.Evaluate(c.Answers[0], Today);
            var second = form.Evaluate(c.Answers[0], Today);

            AssertSameState(first, second, c, "same answers twice");
        }));

    /// <summary>Each case compiles a shuffled rules file (the expensive part), so it checks three answer sets and runs fewer cases.</summary>
    [Property(MaxTest = 30)]
    public Property Evaluate_RulesShuffled_SameState() =>
        Prop.ForAll(
            Arb.From(from package in Packages
                     from answers in Gen.ArrayOf(RandomPackages.Answers(package.Package), 3)
                     from order in Gen.Shuffle(package.Package.Items.ToArray())
                     select (Case: new PackageCase(package, answers), Order: order)),
            Described<(PackageCase Case, RuleItem[] Order)>(input =>
            {
                var (c, order) = input;
                var shuffled = TestPackage.Compile(c.Package.Files(order));

                foreach (var answers in c.Answers)
                {
                    var expected = StateJson.OrderFree(c.Form.Evaluate(answers, Today));
                    var actual = StateJson.OrderFree(shuffled.Evaluate(answers, Today));

                    Assert.True(
                        expected == actual,
                        $"{c}\n--- shuffled rules.pzr ---\n{c.Package.Rules(order)}\n--- original ---\n{expected}\n--- shuffled ---\n{actual}");
                }
            }));

    [Property(MaxTest = 100)]
    public Property Evaluate_HiddenField_NeverRequiredNorWrong() =>
        Prop.ForAll(OneAnswerSet, Described<PackageCase>(c =>
        {
            var form = c.Form;

            var state = form.Evaluate(c.Answers[0], Today);

            var visible = state.Visible.ToHashSet(StringComparer.Ordinal);
            var fields = c.Package.Fields.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            Assert.All(state.Required, p => Assert.True(visible.Contains(p), $"{p} is required but not visible.\n{c}"));
            Assert.All(state.Errors.Concat(state.Warnings), e => Assert.True(
                visible.Contains(e.Path)
                || (e.Code is "unknown" or "type" or "maxItems" && !fields.Contains(Generic(e.Path))),
                $"{e.Path} ({e.Code}: {e.Message.En}) is wrong but not visible.\n{c}\n{StateJson.Canonical(state)}"));
        }));

    /// <summary>
    /// The cleaned answers hold no hidden field, hold every computed value, and satisfy the full <c>schema.json</c>
    /// wherever the state reports no error (so, entirely when the state has no error at all).
    /// </summary>
    [Property(MaxTest = 100)]
    public Property Clean_AnyAnswers_NoHiddenFieldAndValidWhereNoError() =>
        Prop.ForAll(OneAnswerSet, Described<PackageCase>(c =>
        {
            var form = c.Form;

            var state = form.Evaluate(c.Answers[0], Today);
            var clean = form.Clean(c.Answers[0], Today);

            var visible = state.Visible.ToHashSet(StringComparer.Ordinal);
            foreach (var (path, value) in Leaves(clean, string.Empty, c.Package))
            {
                Assert.True(visible.Contains(path), $"{path} is in the cleaned answers but not visible.\n{c}\n{clean.ToJsonString()}");
                if (state.Values.TryGetValue(path, out var computed))
                {
                    Assert.True(JsonNode.DeepEquals(computed, value), $"{path}: cleaned {value?.ToJsonString()}, computed {computed?.ToJsonString()}");
                }
            }

            Assert.All(state.Values, v => Assert.True(JsonNode.DeepEquals(v.Value, At(clean, v.Key)), $"computed {v.Key} is not in the cleaned answers.\n{c}"));
            var results = form.Package.Schema.Evaluate(JsonSerializer.SerializeToElement(clean), SchemaOptions);
            var unexplained = (results.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .Select(d => (Path: ConcretePath(d.InstanceLocation.ToString()), Errors: string.Join("; ", d.Errors!.Select(e => $"{e.Key}: {e.Value}"))))
                .Where(d => !state.Errors.Any(e => d.Path.Length == 0 || e.Path == d.Path
                    || e.Path.StartsWith(d.Path + ".", StringComparison.Ordinal) || e.Path.StartsWith(d.Path + "[", StringComparison.Ordinal)))
                .ToList();
            Assert.True(
                unexplained.Count == 0,
                $"The cleaned answers fail the schema where the state reports no error:\n{string.Join("\n", unexplained.Select(u => $"{u.Path}: {u.Errors}"))}\n"
                + $"cleaned: {clean.ToJsonString()}\nerrors: {string.Join(", ", state.Errors.Select(e => $"{e.Path} {e.Code}"))}\n{c}");
        }));

    [Property(MaxTest = 100)]
    public Property Update_SequenceOfAnswerSets_EachStateEqualsFreshEvaluation() =>
        Prop.ForAll(AnswerSequence, Described<PackageCase>(c =>
        {
            var form = c.Form;
            var session = form.StartSession(Today);

            for (var i = 0; i < c.Answers.Count; i++)
            {
                var incremental = session.Update(c.Answers[i]);
                var fresh = form.Evaluate(c.Answers[i], Today);

                AssertSameState(fresh, incremental, c, $"step {i}");
            }

            Assert.Equal(StateJson.Canonical(form.Clean(c.Answers[^1], Today)), StateJson.Canonical(session.Clean()));
        }));

    [Property(MaxTest = 100)]
    public Property Update_DirectEvaluator_SameStateAsNRules() =>
        Prop.ForAll(AnswerSequence, Described<PackageCase>(c =>
        {
            var form = c.Form;
            var direct = FormSession.Direct(form, Today);

            for (var i = 0; i < c.Answers.Count; i++)
            {
                var nrules = form.Evaluate(c.Answers[i], Today);
                var oracle = FormSession.Direct(form, Today).Update(c.Answers[i]);
                var directIncremental = direct.Update(c.Answers[i]);

                AssertSameState(oracle, nrules, c, $"step {i}, direct vs NRules");
                AssertSameState(oracle, directIncremental, c, $"step {i}, direct fresh vs direct incremental");
            }
        }));

    /// <summary>The property's body, with the case it failed for added to any unexpected exception (an engine crash).</summary>
    private static Action<T> Described<T>(Action<T> body) => c =>
    {
        try
        {
            body(c);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"{e.GetType().Name}: {e.Message}\n{c}", e);
        }
    };

    private static void AssertSameState(FormState expected, FormState actual, PackageCase c, string what)
    {
        var e = StateJson.Canonical(expected);
        var a = StateJson.Canonical(actual);
        Assert.True(e == a, $"{what}: states differ.\n{c}\n--- expected ---\n{e}\n--- actual ---\n{a}");
    }

    private static string Generic(string path) => RowNumber().Replace(path, "[]");

    /// <summary>A JSON Pointer into answers as a concrete path: <c>/r/0/c1</c> → <c>r[0].c1</c>.</summary>
    private static string ConcretePath(string pointer)
    {
        var path = new System.Text.StringBuilder();
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.All(char.IsAsciiDigit))
            {
                path.Append('[').Append(segment).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? "" : ".").Append(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }
        }

        return path.ToString();
    }

    /// <summary>
    /// The value paths of cleaned answers (<c>k0.f1</c>, <c>r[0].c1</c>) and the repeating groups themselves, walked by
    /// the form's own structure (a wrong answer may be any JSON, kept as it was sent).
    /// </summary>
    private static IEnumerable<(string Path, JsonNode? Value)> Leaves(JsonObject node, string prefix, RandomPackage package)
    {
        foreach (var (name, value) in node)
        {
            var path = prefix + name;
            var field = package.Fields.FirstOrDefault(f => f.Path == Generic(path));
            if (field is null && value is JsonObject group)
            {
                foreach (var leaf in Leaves(group, path + ".", package))
                {
                    yield return leaf;
                }
            }
            else if (field?.Widget == "repeat" && value is JsonArray rows)
            {
                yield return (path, null);
                for (var i = 0; i < rows.Count; i++)
                {
                    foreach (var leaf in Leaves(rows[i]!.AsObject(), $"{path}[{i}].", package))
                    {
                        yield return leaf;
                    }
                }
            }
            else
            {
                yield return (path, value);
            }
        }
    }

    /// <summary>The node at a concrete path of cleaned answers, or <c>null</c>.</summary>
    private static JsonNode? At(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in path.Split('.'))
        {
            var match = IndexedSegment().Match(segment);
            node = match.Success ? node?[match.Groups[1].Value]?[int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)] : node?[segment];
        }

        return node;
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^(\w+)\[(\d+)\]$")]
    private static partial Regex IndexedSegment();

    /// <summary>A package of the pool, compiled on first use.</summary>
    internal sealed class PooledPackage(RandomPackage package)
    {
        private readonly Lazy<CompiledForm> _form = new(() => TestPackage.Compile(package.Files()));

        public RandomPackage Package { get; } = package;

        public CompiledForm Form => _form.Value;
    }

    /// <summary>A random package and answer sets for it; printed in full when a property fails.</summary>
    internal sealed class PackageCase(PooledPackage pooled, IReadOnlyList<JsonElement> answers)
    {
        public RandomPackage Package => pooled.Package;

        public CompiledForm Form => pooled.Form;

        public IReadOnlyList<JsonElement> Answers { get; } = answers;

        public override string ToString() =>
            $"{Package}--- answers ---\n{string.Join("\n", Answers.Select(a => a.GetRawText()))}";
    }
}
