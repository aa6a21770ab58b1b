using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Runtime;

/// <summary>The one fact every rule matches first: carries the evaluation's function context.</summary>
internal sealed class FormFact(FunctionContext context)
{
    /// <summary>The function context of the current evaluation (today, problems).</summary>
    public FunctionContext Context { get; set; } = context;
}

/// <summary>A row of a repeating group; per-row rules match one per row.</summary>
internal sealed class RowFact(string repeat, int row)
{
    /// <summary>The group's path.</summary>
    public string Repeat { get; } = repeat;

    /// <summary>The row number, from 0.</summary>
    public int Row { get; } = row;

    /// <summary>
    /// Whether the group is visible: the rows of a hidden group are kept (the citizen may show it again) but no
    /// per-row rule holds in them.
    /// </summary>
    public bool Visible { get; set; }
}

/// <summary>
/// The current (effective) value of a field or aggregate: empty while hidden. One per field and row; its
/// <see cref="Value"/> changes in place and the session is told with <c>Update</c>.
/// </summary>
internal sealed class FieldFact(string key, int row)
{
    /// <summary>The generic path (<c>papan[].luas</c>) or aggregate key.</summary>
    public string Key { get; } = key;

    /// <summary>The row, or -1 outside repeating groups.</summary>
    public int Row { get; } = row;

    /// <summary>The effective value.</summary>
    public Value Value { get; set; }
}

/// <summary>
/// An effect that holds because a rule's condition holds (a linked fact: withdrawn with the condition). Identity is by
/// reference: two rules (or rows) may hold the same effect at once, and each is its own fact.
/// </summary>
internal sealed class EffectFact(EffectKind kind, string? target, int row, int ruleIndex, Value value, string? feeId, CheckModel? check)
{
    /// <summary>What the effect does.</summary>
    public EffectKind Kind { get; } = kind;

    /// <summary>The generic path it applies to, or <c>null</c> for a fee.</summary>
    public string? Target { get; } = target;

    /// <summary>The row it applies to, or -1.</summary>
    public int Row { get; } = row;

    /// <summary>The rule that holds it.</summary>
    public int RuleIndex { get; } = ruleIndex;

    /// <summary>The value set or fee amount.</summary>
    public Value Value { get; } = value;

    /// <summary>The fee id, for a fee.</summary>
    public string? FeeId { get; } = feeId;

    /// <summary>The failed check, for a failure.</summary>
    public CheckModel? Check { get; } = check;

    /// <summary>Whether <paramref name="other"/> says the same thing (so that replacing it would change nothing).</summary>
    public bool SameAs(EffectFact other) =>
        Kind == other.Kind && Target == other.Target && Row == other.Row && RuleIndex == other.RuleIndex
        && Value == other.Value && FeeId == other.FeeId && ReferenceEquals(Check, other.Check);
}
