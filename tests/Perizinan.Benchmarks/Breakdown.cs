using System.Diagnostics;
using System.Text.Json;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;
using Perizinan.Rules;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Runtime;

namespace Perizinan.Benchmarks;

/// <summary>
/// <c>--breakdown</c>: a Stopwatch profile of where the time of a compile, a full evaluation and one changed answer
/// goes, phase by phase, on stress-300 and stress-2000 (medians of repeated runs; the first compile of the process is
/// shown apart, as the truly cold one with JIT). Phases are timed on their own, so they add up only roughly.
/// </summary>
internal static class Breakdown
{
    /// <summary>Runs and prints Markdown tables.</summary>
    public static void Run()
    {
        foreach (var id in new[] { "stress-300", "stress-2000" })
        {
            Compile(id);
        }

        foreach (var id in new[] { "stress-300", "stress-2000" })
        {
            Evaluate(id);
        }
    }

    private static void Compile(string id)
    {
        var directory = Samples.PackageDir(id);
        Console.WriteLine($"### Compile of {id} (ms; first = first in this process, JIT included; then median of 3)");
        Console.WriteLine();
        Console.WriteLine("| Phase | first | median |");
        Console.WriteLine("| --- | ---: | ---: |");
        var rows = new List<(string Name, List<double> Ms)>
        {
            ("Load package (files, schema build, catalog, scenarios)", []),
            ("Rules: parse, bind, analyse, closures (RulesCompiler)", []),
            ("NRules network compile (RuleProgram.Warm)", []),
            ("Field validators (one per field)", []),
            ("Total CompiledForm.Load", []),
        };
        for (var run = 0; run < 4; run++)
        {
            var diagnostics = new DiagnosticBag();
            FormPackage? package = null;
            RuleProgram? program = null;
            rows[0].Ms.Add(Time(() => package = FormPackageLoader.Load(directory, diagnostics)));
            rows[1].Ms.Add(Time(() => program = RulesCompiler.Compile(package!.RulesSource, package.Catalog, package.FunctionsSource, diagnostics, package.RulesFileName)));
            rows[2].Ms.Add(Time(() => program!.Warm()));
            rows[3].Ms.Add(Time(() => _ = package!.Catalog.Infos.Select(i => new FieldValidator(i)).ToList()));
            rows[4].Ms.Add(Time(() => Samples.LoadCompiled(directory)));
        }

        foreach (var (name, ms) in rows)
        {
            Console.WriteLine($"| {name} | {ms[0]:F1} | {Median(ms.Skip(1)):F1} |");
        }

        Console.WriteLine();
    }

    private static void Evaluate(string id)
    {
        var form = Samples.LoadCompiled(Samples.PackageDir(id));
        var change = Samples.OneChangeOf(form);
        var catalog = form.Package.Catalog;
        var reps = id == "stress-2000" ? 40 : 200;
        var snapshot = AnswerReader.Read(change.A, catalog);
        var cache = new Dictionary<(string, int), IReadOnlyList<FieldError>>();
        foreach (var ((key, row), element) in snapshot.Answers)
        {
            cache[(key, row)] = form.Validators.TryGetValue(key, out var v) ? v.Validate(element, AnswerReader.Concrete(key, row)) : [];
        }

        var nrules = new RuleSession(form.Program, new FunctionContext(Samples.Today));
        RulesDriver.Apply(form, nrules, change.A);
        var nrulesDriver = RulesDriver.Start(form, change, direct: false);
        var directDriver = RulesDriver.Start(form, change, direct: true);
        var session = form.StartSession(Samples.Today);
        session.Update(change.A);
        var flip = false;

        var (rules, fields, _) = Samples.Size(form);
        Console.WriteLine($"### Evaluation of {id} ({rules} rules, {fields} value fields, {snapshot.Answers.Count} answers; µs, median of {reps})");
        Console.WriteLine();
        Console.WriteLine("| Phase | µs |");
        Console.WriteLine("| --- | ---: |");
        Row("**Full evaluate (CompiledForm.Evaluate)**", reps, () => form.Evaluate(change.A, Samples.Today));
        Row("  read answers (AnswerReader)", reps, () => AnswerReader.Read(change.A, catalog));
        Row("  NRules session creation (CreateSession + insert facts)", reps, () => new RuleSession(form.Program, new FunctionContext(Samples.Today)));
        Row("  NRules: new session + apply all answers + run", reps, () => RulesDriver.Apply(form, new RuleSession(form.Program, new FunctionContext(Samples.Today)), change.A));
        Row("  Direct: new evaluator + apply all answers + run", reps, () => RulesDriver.Apply(form, new DirectEvaluator(form.Program, new FunctionContext(Samples.Today)), change.A));
        Row("  validate every answer (JsonSchema.Net per field)", reps, () =>
        {
            foreach (var ((key, row), element) in snapshot.Answers)
            {
                if (form.Validators.TryGetValue(key, out var v))
                {
                    v.Validate(element, AnswerReader.Concrete(key, row));
                }
            }
        });
        Row("  build state (StateBuilder, validation results cached)", reps, () => StateBuilder.Build(form, nrules.State, snapshot, (k, r, _) => cache[(k, r)]));
        Row("**One change (FormSession.Update, NRules)**", reps, () =>
        {
            flip = !flip;
            session.Update(flip ? change.B : change.A);
        });
        Row("  read answers (AnswerReader)", reps, () => AnswerReader.Read(change.A, catalog));
        Row("  NRules: SetRaw + Run (incremental)", reps, () => nrulesDriver.Change());
        Row("  Direct: SetRaw + Run (re-tests every rule)", reps, () => directDriver.Change());
        Row("  build state, cache hit = GetRawText per answer (as FormSession)", reps, () => StateBuilder.Build(form, nrules.State, snapshot, (k, r, e) =>
        {
            _ = e.GetRawText();
            return cache[(k, r)];
        }));
        Row("  build state, no validation lookup at all", reps, () => StateBuilder.Build(form, nrules.State, snapshot, (_, _, _) => []));
        Row("**No change (FormSession.Update with the same answers)**", reps, () => session.Update(change.A));
        Console.WriteLine();
    }

    private static void Row(string name, int reps, Action action)
    {
        for (var i = 0; i < Math.Max(5, reps / 10); i++)
        {
            action();
        }

        var samples = new List<double>(reps);
        for (var i = 0; i < reps; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }

        Console.WriteLine($"| {name} | {Median(samples):F1} |");
    }

    private static double Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
