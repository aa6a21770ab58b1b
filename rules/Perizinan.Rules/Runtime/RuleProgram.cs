using NRules;
using Perizinan.Rules.Analysis;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Runtime;

/// <summary>
/// A rule set ready to run against one form's fields: compiled rules and aggregates, the tables the runtime needs
/// (which groups hide which fields, which aggregates read which values) and the NRules session factory.
/// Built once per form version; immutable and thread-safe.
/// </summary>
internal sealed class RuleProgram
{
    private readonly Lazy<ISessionFactory> _sessionFactory;

    public RuleProgram(RuleSet rules, IFieldCatalog catalog)
    {
        Set = rules;
        Rules = rules.Rules.Select(r => new CompiledRule(r)).ToArray();
        Aggregates = rules.Aggregates.Select(a => new CompiledAggregate(a)).ToArray();
        Fields = catalog.Fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
        ValueKeys = catalog.Fields.Where(f => f.Shape == FieldShape.Value).Select(f => f.Path).ToArray();
        Repeats = catalog.Fields.Where(f => f.Shape == FieldShape.Repeat).Select(f => f.Path).ToArray();
        RowKeys = Repeats.ToDictionary(
            r => r,
            r => ValueKeys.Where(k => Fields[k].RepeatPath == r).ToArray(),
            StringComparer.Ordinal);
        HidingPrefixes = ValueKeys.ToDictionary(
            k => k,
            k => DependencyAnalyzer.Prefixes(k).Where(rules.ConditionalPaths.Contains).ToArray(),
            StringComparer.Ordinal);
        KeysUnder = rules.ConditionalPaths.ToDictionary(
            p => p,
            p => ValueKeys.Where(k => HidingPrefixes[k].Contains(p, StringComparer.Ordinal)).ToArray(),
            StringComparer.Ordinal);
        AggregatesReading = Aggregates
            .SelectMany(a => a.Inputs.Select(i => (i.Key, a.Model.Index)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Index).Distinct().ToArray(), StringComparer.Ordinal);
        AggregatesOver = Aggregates
            .GroupBy(a => a.Model.RepeatPath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Model.Index).ToArray(), StringComparer.Ordinal);
        _sessionFactory = new Lazy<ISessionFactory>(() => NRulesBackend.Compile(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The rule set.</summary>
    public RuleSet Set { get; }

    /// <summary>Compiled rules, by rule index.</summary>
    public CompiledRule[] Rules { get; }

    /// <summary>Compiled aggregates, by index.</summary>
    public CompiledAggregate[] Aggregates { get; }

    /// <summary>The form's fields by path.</summary>
    public IReadOnlyDictionary<string, FieldDescriptor> Fields { get; }

    /// <summary>Paths of every single-value field.</summary>
    public string[] ValueKeys { get; }

    /// <summary>Paths of the repeating groups.</summary>
    public string[] Repeats { get; }

    /// <summary>For each repeating group, its value fields.</summary>
    public IReadOnlyDictionary<string, string[]> RowKeys { get; }

    /// <summary>For each value field, the conditional paths (itself or its groups) that must be shown for it to be visible.</summary>
    public IReadOnlyDictionary<string, string[]> HidingPrefixes { get; }

    /// <summary>For each conditional path, the value fields it hides.</summary>
    public IReadOnlyDictionary<string, string[]> KeysUnder { get; }

    /// <summary>For each key, the aggregates whose body reads it.</summary>
    public IReadOnlyDictionary<string, int[]> AggregatesReading { get; }

    /// <summary>For each repeating group, the aggregates over it.</summary>
    public IReadOnlyDictionary<string, int[]> AggregatesOver { get; }

    /// <summary>The NRules session factory (compiled on first use, then shared).</summary>
    public ISessionFactory SessionFactory => _sessionFactory.Value;

    /// <summary>Compiles the NRules network now, so that the first evaluation does not pay for it.</summary>
    public void Warm() => _ = _sessionFactory.Value;
}
