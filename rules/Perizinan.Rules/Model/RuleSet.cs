using Perizinan.Rules.Functions;

namespace Perizinan.Rules.Model;

/// <summary>
/// A compiled rules file in the backend-neutral model: what the runtime (NRules, or the direct evaluator)
/// executes. Immutable and thread-safe.
/// </summary>
internal sealed class RuleSet(
    IReadOnlyList<RuleModel> rules,
    IReadOnlyList<CheckModel> checks,
    IReadOnlyList<AggregateModel> aggregates,
    IReadOnlyDictionary<string, FunctionDefinition> packageFunctions)
{
    /// <summary>All rules, checks lowered to rules included.</summary>
    public IReadOnlyList<RuleModel> Rules { get; } = rules;

    /// <summary>The checks and warnings.</summary>
    public IReadOnlyList<CheckModel> Checks { get; } = checks;

    /// <summary>The aggregates, each kept as a value of its own.</summary>
    public IReadOnlyList<AggregateModel> Aggregates { get; } = aggregates;

    /// <summary>Functions declared by the package (implemented in functions.js, run sandboxed).</summary>
    public IReadOnlyDictionary<string, FunctionDefinition> PackageFunctions { get; } = packageFunctions;

    /// <summary>Paths some rule shows: these (and everything under them) are hidden until shown.</summary>
    public IReadOnlySet<string> ConditionalPaths { get; } =
        rules.SelectMany(r => r.Effects).Where(e => e.Kind == EffectKind.Show).Select(e => e.Target!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Paths some rule sets.</summary>
    public IReadOnlySet<string> ComputedPaths { get; } =
        rules.SelectMany(r => r.Effects).Where(e => e.Kind == EffectKind.Set).Select(e => e.Target!).ToHashSet(StringComparer.Ordinal);

    /// <summary>Fee ids some rule charges.</summary>
    public IReadOnlySet<string> ChargedFees { get; } =
        rules.SelectMany(r => r.Effects).Where(e => e.Kind == EffectKind.Fee).Select(e => e.FeeId!).ToHashSet(StringComparer.Ordinal);
}
