using Perizinan.Rules.Model;

namespace Perizinan.Rules.Runtime;

/// <summary>
/// The effects that hold now, indexed for the questions the engine asks (is it shown, required, what value).
/// Tells its owner which targets changed so that only those are recomputed. Not thread-safe.
/// </summary>
internal sealed class EffectState
{
    private readonly Dictionary<(string, int), int> _shows = [];
    private readonly Dictionary<(string, int), int> _requires = [];
    private readonly Dictionary<(string, int), List<EffectFact>> _sets = [];
    private readonly HashSet<EffectFact> _fees = [];
    private readonly HashSet<EffectFact> _failures = [];

    /// <summary>Called with (target, row) when whether it is shown changes.</summary>
    public Action<string, int>? ShownChanged { get; set; }

    /// <summary>Called with (target, row) when the values set on it change.</summary>
    public Action<string, int>? SetChanged { get; set; }

    /// <summary>The fee lines that hold.</summary>
    public IReadOnlyCollection<EffectFact> Fees => _fees;

    /// <summary>The failed checks and warnings.</summary>
    public IReadOnlyCollection<EffectFact> Failures => _failures;

    /// <summary>Whether a rule shows <paramref name="target"/> in <paramref name="row"/>.</summary>
    public bool IsShown(string target, int row) => _shows.ContainsKey((target, row));

    /// <summary>Whether a rule requires <paramref name="target"/> in <paramref name="row"/>.</summary>
    public bool IsRequired(string target, int row) => _requires.ContainsKey((target, row));

    /// <summary>The value set on a computed target (lowest rule wins), and whether rules disagree.</summary>
    public (Value Value, bool Conflict) ValueSet(string target, int row)
    {
        if (!_sets.TryGetValue((target, row), out var list) || list.Count == 0)
        {
            return (Value.Empty, false);
        }

        var best = list[0];
        var conflict = false;
        foreach (var e in list)
        {
            conflict |= e.Value != best.Value;
            if (e.RuleIndex < best.RuleIndex || (e.RuleIndex == best.RuleIndex && e.Row < best.Row))
            {
                best = e;
            }
        }

        return (best.Value, conflict);
    }

    /// <summary>Records an effect that now holds.</summary>
    public void Add(EffectFact e)
    {
        switch (e.Kind)
        {
            case EffectKind.Show:
                if (Increment(_shows, (e.Target!, e.Row), +1) == 1)
                {
                    ShownChanged?.Invoke(e.Target!, e.Row);
                }

                break;
            case EffectKind.Require:
                Increment(_requires, (e.Target!, e.Row), +1);
                break;
            case EffectKind.Set:
                if (!_sets.TryGetValue((e.Target!, e.Row), out var list))
                {
                    _sets[(e.Target!, e.Row)] = list = [];
                }

                list.Add(e);
                SetChanged?.Invoke(e.Target!, e.Row);
                break;
            case EffectKind.Fee:
                _fees.Add(e);
                break;
            default:
                _failures.Add(e);
                break;
        }
    }

    /// <summary>Records that an effect no longer holds.</summary>
    public void Remove(EffectFact e)
    {
        switch (e.Kind)
        {
            case EffectKind.Show:
                if (Increment(_shows, (e.Target!, e.Row), -1) == 0)
                {
                    ShownChanged?.Invoke(e.Target!, e.Row);
                }

                break;
            case EffectKind.Require:
                Increment(_requires, (e.Target!, e.Row), -1);
                break;
            case EffectKind.Set:
                if (_sets.TryGetValue((e.Target!, e.Row), out var list) && list.Remove(e))
                {
                    SetChanged?.Invoke(e.Target!, e.Row);
                }

                break;
            case EffectKind.Fee:
                _fees.Remove(e);
                break;
            default:
                _failures.Remove(e);
                break;
        }
    }

    private static int Increment(Dictionary<(string, int), int> counts, (string, int) key, int by)
    {
        counts.TryGetValue(key, out var n);
        n += by;
        if (n <= 0)
        {
            counts.Remove(key);
            return 0;
        }

        counts[key] = n;
        return n;
    }
}
