using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;
using Perizinan.Rules.Model.Bound;

namespace Perizinan.Rules.Runtime;

/// <summary>An aggregate compiled to a closure over one row's inputs. Immutable.</summary>
internal sealed class CompiledAggregate
{
    private readonly ExprFn? _body;

    public CompiledAggregate(AggregateModel model)
    {
        Model = model;
        Inputs = model.Reads.Select(r => new RuleInput(r.Key, r.IsRowField)).ToArray();
        var slots = model.Reads.Select((r, i) => (r.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        _body = model.Body is null ? null : ExpressionCompiler.Compile(model.Body, read => slots[((BoundField)read).Key]);
    }

    /// <summary>The aggregate.</summary>
    public AggregateModel Model { get; }

    /// <summary>What the body reads.</summary>
    public RuleInput[] Inputs { get; }

    /// <summary>Computes the aggregate over <paramref name="rows"/> rows, reading values with <paramref name="read"/>.</summary>
    public Value Compute(int rows, Func<string, int, Value> read, FunctionContext context)
    {
        if (_body is null)
        {
            return Value.Number(rows);
        }

        var inputs = new Value[Inputs.Length];
        decimal sum = 0, count = 0;
        decimal? min = null, max = null;
        var any = false;
        var all = rows > 0;
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                inputs[i] = read(Inputs[i].Key, Inputs[i].PerRow ? r : -1);
            }

            var v = _body(inputs, context);
            switch (Model.Kind)
            {
                case AggregateKind.Count or AggregateKind.Any or AggregateKind.All:
                    if (v.IsTrue)
                    {
                        count++;
                        any = true;
                    }
                    else
                    {
                        all = false;
                    }

                    break;
                default:
                    if (v.Kind == ValueKind.Number)
                    {
                        var n = v.AsNumber;
                        try
                        {
                            sum += n;
                        }
                        catch (OverflowException)
                        {
                            return Value.Empty;
                        }

                        min = min is null || n < min ? n : min;
                        max = max is null || n > max ? n : max;
                    }

                    break;
            }
        }

        return Model.Kind switch
        {
            AggregateKind.Count => Value.Number(count),
            AggregateKind.Any => Value.Bool(any),
            AggregateKind.All => Value.Bool(all),
            AggregateKind.Sum => Value.Number(sum),
            AggregateKind.Min => min is { } lo ? Value.Number(lo) : Value.Empty,
            _ => max is { } hi ? Value.Number(hi) : Value.Empty,
        };
    }
}
