using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Runtime;

/// <summary>
/// The state of one form being evaluated: the raw answers, the rows of each group, the effects that hold, and the
/// effective values derived from them (empty while hidden; computed values from their <c>set</c> rules; aggregates).
/// Only what changed is recomputed. Shared by the NRules session and the direct evaluator. Not thread-safe.
/// </summary>
internal sealed class FormRuntimeState
{
    private readonly Dictionary<(string, int), Value> _raw = [];
    private readonly Dictionary<(string, int), Value> _effective = [];
    private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);
    private readonly HashSet<(string, int)> _dirty = [];
    private readonly HashSet<int> _dirtyAggregates = [];
    private readonly HashSet<(string, int)> _conflicts = [];

    public FormRuntimeState(RuleProgram program, FunctionContext context)
    {
        Program = program;
        Context = context;
        Effects = new EffectState
        {
            ShownChanged = OnShownChanged,
            SetChanged = (target, row) => _dirty.Add((target, row)),
        };
        foreach (var key in program.ValueKeys)
        {
            if (program.Fields[key].RepeatPath is null)
            {
                _dirty.Add((key, -1));
            }
        }

        foreach (var aggregate in program.Aggregates)
        {
            _dirtyAggregates.Add(aggregate.Model.Index);
        }
    }

    /// <summary>The program.</summary>
    public RuleProgram Program { get; }

    /// <summary>The function context of this evaluation.</summary>
    public FunctionContext Context { get; set; }

    /// <summary>The effects that hold.</summary>
    public EffectState Effects { get; }

    /// <summary>Called with (key, row, value) when an effective value changes.</summary>
    public Action<string, int, Value>? EffectiveChanged { get; set; }

    /// <summary>Called with (group, row) when a row appears.</summary>
    public Action<string, int>? RowAdded { get; set; }

    /// <summary>Called with (group, row) when a row disappears.</summary>
    public Action<string, int>? RowRemoved { get; set; }

    /// <summary>Called with a group's path when whether it is visible may have changed.</summary>
    public Action<string>? GroupVisibilityChanged { get; set; }

    /// <summary>Computed fields on which rules currently set different values.</summary>
    public IReadOnlyCollection<(string Key, int Row)> Conflicts => _conflicts;

    /// <summary>Whether anything waits to be recomputed.</summary>
    public bool HasPendingWork => _dirty.Count > 0 || _dirtyAggregates.Count > 0;

    /// <summary>The number of rows of a group.</summary>
    public int RowCount(string repeat) => _rows.TryGetValue(repeat, out var n) ? n : 0;

    /// <summary>The raw answer.</summary>
    public Value Raw(string key, int row) => _raw.TryGetValue((key, row), out var v) ? v : Value.Empty;

    /// <summary>The effective value (empty while hidden).</summary>
    public Value Effective(string key, int row) => _effective.TryGetValue((key, row), out var v) ? v : Value.Empty;

    /// <summary>Sets a raw answer.</summary>
    public void SetRaw(string key, int row, Value value)
    {
        if (Raw(key, row) == value)
        {
            return;
        }

        if (value.IsEmpty)
        {
            _raw.Remove((key, row));
        }
        else
        {
            _raw[(key, row)] = value;
        }

        _dirty.Add((key, row));
    }

    /// <summary>Sets the number of rows of a group; new rows start empty, removed rows are forgotten.</summary>
    public void SetRowCount(string repeat, int count)
    {
        var old = RowCount(repeat);
        if (old == count)
        {
            return;
        }

        _rows[repeat] = count;
        var keys = Program.RowKeys[repeat];
        for (var r = count; r < old; r++)
        {
            foreach (var key in keys)
            {
                _raw.Remove((key, r));
                _effective.Remove((key, r));
                _dirty.Remove((key, r));
            }

            RowRemoved?.Invoke(repeat, r);
        }

        for (var r = old; r < count; r++)
        {
            RowAdded?.Invoke(repeat, r);
            foreach (var key in keys)
            {
                _dirty.Add((key, r));
            }
        }

        MarkAggregatesOver(repeat);
    }

    /// <summary>Whether a field (or group) is visible: it and its groups are either unconditional or shown.</summary>
    public bool IsVisible(string path, int row)
    {
        var prefixes = Program.HidingPrefixes.TryGetValue(path, out var known)
            ? known
            : Analysis.DependencyAnalyzer.Prefixes(path).Where(Program.Set.ConditionalPaths.Contains).ToArray();
        foreach (var prefix in prefixes)
        {
            if (!Effects.IsShown(prefix, prefix.Contains("[]", StringComparison.Ordinal) ? row : -1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Recomputes what is dirty. Returns whether any effective value changed.</summary>
    public bool Recompute()
    {
        var changed = false;
        while (_dirty.Count > 0)
        {
            var batch = _dirty.ToArray();
            _dirty.Clear();
            foreach (var (key, row) in batch)
            {
                changed |= Store(key, row, ComputeField(key, row));
                if (Program.AggregatesReading.TryGetValue(key, out var aggregates))
                {
                    _dirtyAggregates.UnionWith(aggregates);
                }
            }
        }

        if (_dirtyAggregates.Count > 0)
        {
            var batch = _dirtyAggregates.ToArray();
            _dirtyAggregates.Clear();
            foreach (var index in batch)
            {
                var aggregate = Program.Aggregates[index];
                // The rows of a hidden group are not answers the rules may see.
                var repeat = aggregate.Model.RepeatPath;
                var value = aggregate.Compute(IsVisible(repeat, -1) ? RowCount(repeat) : 0, Effective, Context);
                changed |= Store(aggregate.Model.Key, -1, value);
            }
        }

        return changed;
    }

    private Value ComputeField(string key, int row)
    {
        if (!IsVisible(key, row))
        {
            return Value.Empty;
        }

        if (!Program.Fields[key].IsComputed)
        {
            return Raw(key, row);
        }

        var (value, conflict) = Effects.ValueSet(key, row);
        if (conflict)
        {
            _conflicts.Add((key, row));
        }
        else
        {
            _conflicts.Remove((key, row));
        }

        return value;
    }

    private bool Store(string key, int row, Value value)
    {
        if (Effective(key, row) == value && _effective.ContainsKey((key, row)) == !value.IsEmpty)
        {
            return false;
        }

        var before = Effective(key, row);
        if (value.IsEmpty)
        {
            _effective.Remove((key, row));
        }
        else
        {
            _effective[(key, row)] = value;
        }

        if (before == value)
        {
            return false;
        }

        EffectiveChanged?.Invoke(key, row, value);
        return true;
    }

    private void OnShownChanged(string target, int row)
    {
        if (row < 0)
        {
            foreach (var repeat in Program.Repeats)
            {
                if (repeat == target || repeat.StartsWith(target + ".", StringComparison.Ordinal))
                {
                    MarkAggregatesOver(repeat);
                    GroupVisibilityChanged?.Invoke(repeat);
                }
            }
        }

        if (!Program.KeysUnder.TryGetValue(target, out var keys))
        {
            return;
        }

        foreach (var key in keys)
        {
            var repeat = Program.Fields[key].RepeatPath;
            if (repeat is null)
            {
                _dirty.Add((key, -1));
            }
            else if (row >= 0)
            {
                _dirty.Add((key, row));
            }
            else
            {
                for (var r = 0; r < RowCount(repeat); r++)
                {
                    _dirty.Add((key, r));
                }
            }
        }
    }

    /// <summary>Marks an aggregate for recomputation (e.g. after the evaluation date changed).</summary>
    public void MarkAggregateDirty(int index) => _dirtyAggregates.Add(index);

    private void MarkAggregatesOver(string repeat)
    {
        if (Program.AggregatesOver.TryGetValue(repeat, out var aggregates))
        {
            _dirtyAggregates.UnionWith(aggregates);
        }
    }
}
