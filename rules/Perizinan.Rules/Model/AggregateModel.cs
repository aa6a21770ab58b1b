using Perizinan.Rules.Model.Bound;

namespace Perizinan.Rules.Model;

/// <summary>
/// An aggregate over the rows of a repeating group. The runtime keeps its value up to date like a computed
/// field, under <see cref="Key"/>, so that rules read it like any other value.
/// </summary>
internal sealed class AggregateModel(int index, AggregateKind kind, string repeatPath, BoundExpression? body, DslType type)
{
    /// <summary>Position in <see cref="RuleSet.Aggregates"/>.</summary>
    public int Index { get; } = index;

    /// <summary>The key of its value (<c>$agg0</c>), never a field path.</summary>
    public string Key => "$agg" + Index;

    /// <summary>How it is written in the rules file (for messages), e.g. <c>sum(papan[].luas)</c>.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>What it computes.</summary>
    public AggregateKind Kind { get; } = kind;

    /// <summary>The repeating group it runs over.</summary>
    public string RepeatPath { get; } = repeatPath;

    /// <summary>The expression evaluated per row, or <c>null</c> for <c>count(group)</c>.</summary>
    public BoundExpression? Body { get; } = body;

    /// <summary>The result type.</summary>
    public DslType Type { get; } = type;

    /// <summary>The values the body reads (row fields of the group, and fields outside it).</summary>
    public IReadOnlyList<BoundField> Reads { get; set; } = [];
}
