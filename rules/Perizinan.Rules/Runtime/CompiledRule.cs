using NRules.RuleModel;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;
using Perizinan.Rules.Model.Bound;

namespace Perizinan.Rules.Runtime;

/// <summary>A rule compiled to closures: its inputs, its condition and the values of its effects. Immutable.</summary>
internal sealed class CompiledRule
{
    private readonly ExprFn _condition;
    private readonly ExprFn?[] _effectValues;

    public CompiledRule(RuleModel model)
    {
        Model = model;
        Inputs = model.Reads.Select(r => new RuleInput(ReadCollector.KeyOf(r), r is BoundField { IsRowField: true })).ToArray();
        var slots = model.Reads.Select((r, i) => (Key: ReadCollector.KeyOf(r), i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        int SlotOf(BoundExpression read) => slots[ReadCollector.KeyOf(read)];
        _condition = ExpressionCompiler.Compile(model.Condition, SlotOf);
        _effectValues = model.Effects.Select(e => e.Value is null ? null : ExpressionCompiler.Compile(e.Value, SlotOf)).ToArray();
    }

    /// <summary>The rule.</summary>
    public RuleModel Model { get; }

    /// <summary>What it reads, slot by slot.</summary>
    public RuleInput[] Inputs { get; }

    /// <summary>Whether the condition holds for these input values.</summary>
    public bool Holds(Value[] inputs, FunctionContext context) => _condition(inputs, context).IsTrue;

    /// <summary>NRules condition: whether the condition holds for the matched facts.</summary>
    public bool Holds(FormFact form, FieldFact[] facts) => Holds(ValuesOf(facts), form.Context);

    /// <summary>NRules action: makes the rule's effects linked facts of this activation (replacing changed ones).</summary>
    public void Fire(IContext context, FormFact form, int row, FieldFact[] facts)
    {
        var effects = Effects(ValuesOf(facts), row, form.Context);
        for (var k = 0; k < effects.Length; k++)
        {
            var fresh = effects[k];
            if (context.GetLinked(k) is EffectFact existing)
            {
                if (existing.SameAs(fresh))
                {
                    continue;
                }

                context.RetractLinked(k, existing);
            }

            context.InsertLinked(k, fresh);
        }
    }

    /// <summary>The effects the rule holds for these inputs, in the given row.</summary>
    public EffectFact[] Effects(Value[] inputs, int row, FunctionContext context)
    {
        var effects = new EffectFact[_effectValues.Length];
        for (var k = 0; k < effects.Length; k++)
        {
            var e = Model.Effects[k];
            var value = _effectValues[k] is { } fn ? fn(inputs, context) : Value.Empty;
            var targetRow = e.Kind == EffectKind.Fee || (e.Target is { } t && t.Contains("[]", StringComparison.Ordinal)) ? row : -1;
            effects[k] = new EffectFact(e.Kind, e.Target, targetRow, Model.Index, value, e.FeeId, e.Check);
        }

        return effects;
    }

    private static Value[] ValuesOf(FieldFact[] facts)
    {
        var values = new Value[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            values[i] = facts[i].Value;
        }

        return values;
    }
}

/// <summary>One input of a compiled rule: the key read, and whether it is read in the rule's current row.</summary>
internal readonly record struct RuleInput(string Key, bool PerRow);
