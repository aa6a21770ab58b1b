using System.Diagnostics;
using Perizinan.Engine.Evaluation;
using Perizinan.Forms.Package;
using Perizinan.Rules;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Runtime;

namespace Perizinan.Benchmarks;

/// <summary>
/// <c>--breakdown</c>: a Stopwatch profile of where the time of a compile, a full evaluation and one changed answer
/// goes, phase by phase, on stress-300 and stress-2000, plus how the compile grows with the number of rules. Each
/// phase is timed on its own by the wall clock and by the process's CPU time (<see cref="CpuClock"/>), so that a
/// shared machine's load shows as the gap between the two; phases add up only roughly.
/// </summary>
internal static class Breakdown
{
    /// <summary>Runs and prints Markdown tables.</summary>
    public static void Run()
    {
        Console.WriteLine($"Load average at start: {LoadAverage()}");
        Console.WriteLine();
        foreach (var id in new[] { "stress-300", "stress-2000" })
        {
            Compile(id);
        }

        CompileScaling();
        foreach (var id in new[] { "stress-300", "stress-2000" })
        {
            Evaluate(id);
        }

        Console.WriteLine($"Load average at end: {LoadAverage()}");
    }

    private static void Compile(string id)
    {
        var directory = Samples.PackageDir(id);
        var runs = id == "stress-2000" ? 2 : 4;
        Console.WriteLine($"### Compile of {id} (ms; first = first in this process, JIT included; then median of {runs - 1})");
        Console.WriteLine();
        Console.WriteLine("| Phase | first wall | first CPU | median wall | median CPU |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var rows = new List<(string Name, List<(double Wall, double Cpu)> Ms)>
        {
            ("Load package (files, schema build, catalog, scenarios)", []),
            ("Rules: parse, bind, analyse, closures (RulesCompiler)", []),
            ("NRules network compile (RuleProgram.Warm)", []),
            ("Field validators (one per field)", []),
        };
        for (var run = 0; run < runs; run++)
        {
            var diagnostics = new DiagnosticBag();
            FormPackage? package = null;
            RuleProgram? program = null;
            rows[0].Ms.Add(Time(() => package = FormPackageLoader.Load(directory, diagnostics)));
            rows[1].Ms.Add(Time(() => program = RulesCompiler.Compile(package!.RulesSource, package.Catalog, package.FunctionsSource, diagnostics, package.RulesFileName)));
            rows[2].Ms.Add(Time(() => program!.Warm()));
            rows[3].Ms.Add(Time(() => _ = package!.Catalog.Infos.Select(i => new FieldValidator(i)).ToList()));
        }

        foreach (var (name, ms) in rows)
        {
            var rest = ms.Skip(1).ToList();
            Console.WriteLine($"| {name} | {ms[0].Wall:F1} | {ms[0].Cpu:F1} | {Median(rest.Select(m => m.Wall)):F1} | {Median(rest.Select(m => m.Cpu)):F1} |");
        }

        Console.WriteLine();
    }

    private static void CompileScaling()
    {
        Console.WriteLine("### Compile against the number of rules (generated, 300 fields; ms of CPU, one run each after a warm-up)");
        Console.WriteLine();
        Console.WriteLine("| Package | Rules | Rules compile (RulesCompiler) | NRules network compile | NRules ms per rule |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (fields, rules) in new[] { (300, 50), (300, 100), (300, 200), (300, 400), (300, 800) })
        {
            var directory = Samples.Generate(fields, rules);
            try
            {
                var package = Samples.LoadPackage(directory);
                RuleProgram? program = null;
                var diagnostics = new DiagnosticBag();
                var bind = Time(() => program = RulesCompiler.Compile(package.RulesSource, package.Catalog, package.FunctionsSource, diagnostics, package.RulesFileName));
                var network = Time(() => program!.Warm());
                var count = program!.Rules.Length;
                Console.WriteLine($"| {fields}x{rules} | {count} | {bind.Cpu:F0} | {network.Cpu:F0} | {network.Cpu / count:F2} |");
            }
            finally
            {
                Samples.DeleteGenerated(directory);
            }
        }

        Console.WriteLine();
    }

    private static void Evaluate(string id)
    {
        var form = Samples.LoadCompiled(Samples.PackageDir(id));
        var change = Samples.OneChangeOf(form);
        var catalog = form.Package.Catalog;
        var reps = id == "stress-2000" ? 20 : 200;
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
        Console.WriteLine($"### Evaluation of {id} ({rules} rules, {fields} value fields, {snapshot.Answers.Count} answers; µs, median of {reps}; "
            + $"changed {change.Key}, read by {change.ReadBy} rules)");
        Console.WriteLine();
        Console.WriteLine("| Phase | wall µs | CPU µs |");
        Console.WriteLine("| --- | ---: | ---: |");
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
        var changedA = snapshot.Answers[(change.Key, -1)];
        var changedB = AnswerReader.Read(change.B, catalog).Answers[(change.Key, -1)];
        Row("  validate the changed answer (JsonSchema.Net, one field, A then B)", reps, () =>
        {
            form.Validators[change.Key].Validate(changedA, change.Key);
            form.Validators[change.Key].Validate(changedB, change.Key);
        });
        Row("**No change (FormSession.Update with the same answers)**", reps, () => session.Update(change.A));
        Console.WriteLine();
    }

    private static void Row(string name, int reps, Action action)
    {
        for (var i = 0; i < Math.Max(5, reps / 10); i++)
        {
            action();
        }

        var wall = new List<double>(reps);
        var cpu = new List<double>(reps);
        for (var i = 0; i < reps; i++)
        {
            var (w, c) = Time(action);
            wall.Add(w * 1000);
            cpu.Add(c * 1000);
        }

        Console.WriteLine($"| {name} | {Median(wall):F1} | {Median(cpu):F1} |");
    }

    /// <summary>Wall and CPU milliseconds of one call.</summary>
    private static (double Wall, double Cpu) Time(Action action)
    {
        var cpu = CpuClock.Nanoseconds();
        var start = Stopwatch.GetTimestamp();
        action();
        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (wall, (CpuClock.Nanoseconds() - cpu) / 1e6);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
