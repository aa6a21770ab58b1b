using System.Text.Json;
using Perizinan.Engine.Evaluation;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;
using Perizinan.Rules.Runtime;

namespace Perizinan.Benchmarks;

/// <summary>
/// Drives the rules alone (no answer reading per update, no state building, no schema validation), the way
/// <see cref="FormSession.Update"/> feeds them: to isolate the rule engine's share of an update.
/// </summary>
internal sealed class RulesDriver
{
    private readonly IRuleEvaluation _rules;
    private readonly string _key;
    private readonly Value _a;
    private readonly Value _b;
    private bool _flip;

    private RulesDriver(IRuleEvaluation rules, string key, Value a, Value b)
    {
        (_rules, _key, _a, _b) = (rules, key, a, b);
    }

    /// <summary>A driver over NRules (<paramref name="direct"/> false) or the direct evaluator, loaded with answers A.</summary>
    public static RulesDriver Start(CompiledForm form, OneChange change, bool direct)
    {
        var context = new FunctionContext(Samples.Today);
        IRuleEvaluation rules = direct ? new DirectEvaluator(form.Program, context) : new RuleSession(form.Program, context);
        Apply(form, rules, change.A);
        return new RulesDriver(rules, change.Key, Value.Number(change.Before), Value.Number(change.After));
    }

    /// <summary>Applies a whole answer set to fresh rules and runs them (what a full evaluation does with rules).</summary>
    public static void Apply(CompiledForm form, IRuleEvaluation rules, JsonElement answers)
    {
        var snapshot = AnswerReader.Read(answers, form.Package.Catalog);
        var state = rules.State;
        foreach (var (repeat, count) in snapshot.RowCounts)
        {
            state.SetRowCount(repeat, count);
        }

        foreach (var ((key, row), element) in snapshot.Answers)
        {
            var field = form.Program.Fields[key];
            if (!field.IsComputed)
            {
                state.SetRaw(key, row, ValueJson.FromJson(element, field.Type));
            }
        }

        rules.Run();
    }

    /// <summary>Flips the changed answer between its two values and runs the rules.</summary>
    public FormRuntimeState Change()
    {
        _flip = !_flip;
        _rules.State.SetRaw(_key, -1, _flip ? _b : _a);
        _rules.Run();
        return _rules.State;
    }
}
