using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Model.Bound;

namespace Perizinan.Rules.Model;

/// <summary>
/// A rule of the backend-neutral model: while <see cref="Condition"/> holds, <see cref="Effects"/> hold. Checks and
/// warnings are lowered to rules whose effect is a failure. A rule with a <see cref="RepeatPath"/> runs once per
/// row of that group.
/// </summary>
internal sealed class RuleModel(int index, string name, SourceLocation location, string? repeatPath, BoundExpression condition, IReadOnlyList<EffectModel> effects)
{
    /// <summary>Position in <see cref="RuleSet.Rules"/>; also the priority among conflicting <c>set</c>s (lower wins).</summary>
    public int Index { get; } = index;

    /// <summary>The rule's name (for a check: <c>check pemohon.nik</c>).</summary>
    public string Name { get; } = name;

    /// <summary>Where it is written.</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>The repeating group it runs per row of, or <c>null</c>.</summary>
    public string? RepeatPath { get; } = repeatPath;

    /// <summary>The condition (a literal true when the rule has no <c>when</c>).</summary>
    public BoundExpression Condition { get; } = condition;

    /// <summary>The effects.</summary>
    public IReadOnlyList<EffectModel> Effects { get; } = effects;

    /// <summary>Every value read by the condition and the effects, distinct, in first-seen order.</summary>
    public IReadOnlyList<BoundExpression> Reads { get; set; } = [];
}
