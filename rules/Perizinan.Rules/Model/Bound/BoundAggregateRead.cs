using Perizinan.Rules.Syntax;

namespace Perizinan.Rules.Model.Bound;

/// <summary>Reads the value of an aggregate (<c>sum(papan[].luas)</c>), which the runtime keeps up to date as a value of its own.</summary>
internal sealed class BoundAggregateRead(AggregateModel aggregate, TextSpan span) : BoundExpression(aggregate.Type, span)
{
    /// <summary>The aggregate.</summary>
    public AggregateModel Aggregate { get; } = aggregate;
}
