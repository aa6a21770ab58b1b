using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Runtime;

/// <summary>
/// Evaluates the same compiled rules without NRules: every rule instance is tested on the current values, the
/// effects are replaced, and values recomputed, until nothing changes. It is the speed-of-light baseline of the
/// benchmarks and the oracle the NRules session is tested against. Not thread-safe; one per evaluation.
/// </summary>
internal sealed class DirectEvaluator(RuleProgram program, FunctionContext context) : IRuleEvaluation
{
    private const int MaxRounds = 10_000;
    private List<EffectFact> _current = [];

    /// <inheritdoc />
    public FormRuntimeState State { get; } = new(program, context);

    /// <inheritdoc />
    public void Run()
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            State.Recompute();
            var next = new List<EffectFact>();
            foreach (var rule in program.Rules)
            {
                if (rule.Model.RepeatPath is { } repeat)
                {
                    // No per-row rule holds in the rows of a hidden group.
                    var rows = State.IsVisible(repeat, -1) ? State.RowCount(repeat) : 0;
                    for (var r = 0; r < rows; r++)
                    {
                        Evaluate(rule, r, next);
                    }
                }
                else
                {
                    Evaluate(rule, -1, next);
                }
            }

            if (SameEffects(_current, next) && !State.HasPendingWork)
            {
                return;
            }

            foreach (var e in _current)
            {
                State.Effects.Remove(e);
            }

            foreach (var e in next)
            {
                State.Effects.Add(e);
            }

            _current = next;
        }

        throw new InvalidOperationException("The rules did not settle; the cycle check should have prevented this.");
    }

    private void Evaluate(CompiledRule rule, int row, List<EffectFact> into)
    {
        var inputs = new Value[rule.Inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = State.Effective(rule.Inputs[i].Key, rule.Inputs[i].PerRow ? row : -1);
        }

        if (rule.Holds(inputs, State.Context))
        {
            into.AddRange(rule.Effects(inputs, row, State.Context));
        }
    }

    private static bool SameEffects(List<EffectFact> a, List<EffectFact> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!a[i].SameAs(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
