using BenchmarkDotNet.Attributes;
using Perizinan.Engine.Evaluation;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Runtime;

namespace Perizinan.Benchmarks;

/// <summary>
/// stress-300 (300 fields, 200 rules, a repeating group): full evaluation, one changed answer in a live session,
/// and the same with <see cref="FormSession.Direct"/> (the rules run by plain closures without NRules: the
/// speed-of-light delegate baseline). The rules-only rows isolate the rule engine from answer reading, state building
/// and validation.
/// </summary>
[Config(typeof(FastConfig))]
public class Stress300Benchmarks
{
    private CompiledForm _form = null!;
    private OneChange _change = null!;
    private FormSession _nrules = null!;
    private FormSession _direct = null!;
    private RulesDriver _nrulesOnly = null!;
    private RulesDriver _directOnly = null!;
    private bool _flipNRules;
    private bool _flipDirect;

    /// <summary>Compiles the form and starts the live sessions on answers A.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _form = Samples.Shared(Samples.PackageDir("stress-300"));
        _change = Samples.OneChangeOf(_form);
        _nrules = _form.StartSession(Samples.Today);
        _nrules.Update(_change.A);
        _direct = FormSession.Direct(_form, Samples.Today);
        _direct.Update(_change.A);
        _nrulesOnly = RulesDriver.Start(_form, _change, direct: false);
        _directOnly = RulesDriver.Start(_form, _change, direct: true);
        Console.WriteLine($"// stress-300: {Samples.Size(_form)}; changed {_change.Key} ({_change.Before} <-> {_change.After}), read by {_change.ReadBy} rules");
    }

    /// <summary>CompiledForm.Evaluate: a fresh NRules session, every answer read, every rule run, every answer validated.</summary>
    [Benchmark(Description = "Full evaluate (NRules)")]
    public FormState FullEvaluate() => _form.Evaluate(_change.A, Samples.Today);

    /// <summary>The same full evaluation with the direct evaluator.</summary>
    [Benchmark(Description = "Full evaluate (Direct)")]
    public FormState FullEvaluateDirect() => FormSession.Direct(_form, Samples.Today).Update(_change.A);

    /// <summary>One changed answer in a live NRules session (alternating A and B, so each call is a real change).</summary>
    [Benchmark(Description = "One change (NRules)")]
    public FormState OneChange()
    {
        _flipNRules = !_flipNRules;
        return _nrules.Update(_flipNRules ? _change.B : _change.A);
    }

    /// <summary>One changed answer in a live direct session.</summary>
    [Benchmark(Description = "One change (Direct)")]
    public FormState OneChangeDirect()
    {
        _flipDirect = !_flipDirect;
        return _direct.Update(_flipDirect ? _change.B : _change.A);
    }

    /// <summary>An update with the same answers: the floor of an update (read, diff, build state, cached validation).</summary>
    [Benchmark(Description = "No change (NRules)")]
    public FormState NoChange() => _nrules.Update(_change.A);

    /// <summary>Rules only: SetRaw of the changed answer and Run on the NRules session.</summary>
    [Benchmark(Description = "Rules only: one change (NRules)")]
    public object RulesOnlyOneChange() => _nrulesOnly.Change();

    /// <summary>Rules only: SetRaw of the changed answer and Run on the direct evaluator.</summary>
    [Benchmark(Description = "Rules only: one change (Direct)")]
    public object RulesOnlyOneChangeDirect() => _directOnly.Change();

    /// <summary>Rules only: a new NRules session (facts inserted) with every answer, run to the end.</summary>
    [Benchmark(Description = "Rules only: full (NRules)")]
    public object RulesOnlyFull()
    {
        var rules = new RuleSession(_form.Program, new FunctionContext(Samples.Today));
        RulesDriver.Apply(_form, rules, _change.A);
        return rules.State;
    }

    /// <summary>Rules only: the direct evaluator with every answer.</summary>
    [Benchmark(Description = "Rules only: full (Direct)")]
    public object RulesOnlyFullDirect()
    {
        var rules = new DirectEvaluator(_form.Program, new FunctionContext(Samples.Today));
        RulesDriver.Apply(_form, rules, _change.A);
        return rules.State;
    }

    /// <summary>Only the session creation of a full evaluation: NRules CreateSession and the insert of the facts.</summary>
    [Benchmark(Description = "NRules session creation")]
    public object SessionCreation() => new RuleSession(_form.Program, new FunctionContext(Samples.Today));

    /// <summary>Only the reading of the answers (done on every update).</summary>
    [Benchmark(Description = "Read answers")]
    public object ReadAnswers() => AnswerReader.Read(_change.A, _form.Package.Catalog);
}
