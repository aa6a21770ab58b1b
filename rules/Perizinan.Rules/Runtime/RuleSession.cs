using NRules;
using NRules.Diagnostics;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;

namespace Perizinan.Rules.Runtime;

/// <summary>
/// A live NRules session for one form (e.g. one draft): answers change with <see cref="FormRuntimeState.SetRaw"/>,
/// <see cref="Run"/> updates only the facts that changed and lets the Rete network re-fire what depends on them.
/// Not thread-safe; one per draft or request.
/// </summary>
internal sealed class RuleSession : IRuleEvaluation
{
    /// <summary>A bound on the fire/recompute rounds; a valid (acyclic) rule set settles in far fewer.</summary>
    private const int MaxRounds = 10_000;

    private readonly ISession _session;
    private readonly FormFact _form;
    private readonly Dictionary<(string, int), FieldFact> _facts = [];
    private readonly Dictionary<(string, int), RowFact> _rows = [];
    private readonly List<FieldFact> _pendingUpdates = [];
    private readonly HashSet<string> _pendingGroups = new(StringComparer.Ordinal);

    public RuleSession(RuleProgram program, FunctionContext context)
    {
        State = new FormRuntimeState(program, context);
        _session = program.SessionFactory.CreateSession();
        _session.Events.FactInsertedEvent += OnInserted;
        _session.Events.FactRetractedEvent += OnRetracted;
        _form = new FormFact(context);
        _session.Insert(_form);
        var initial = new List<object>();
        foreach (var key in program.ValueKeys.Where(k => program.Fields[k].RepeatPath is null))
        {
            initial.Add(Fact(key, -1));
        }

        foreach (var aggregate in program.Aggregates)
        {
            initial.Add(Fact(aggregate.Model.Key, -1));
        }

        _session.InsertAll(initial);
        State.EffectiveChanged = OnEffectiveChanged;
        State.RowAdded = OnRowAdded;
        State.RowRemoved = OnRowRemoved;
        State.GroupVisibilityChanged = repeat => _pendingGroups.Add(repeat);
    }

    /// <inheritdoc />
    public FormRuntimeState State { get; }

    /// <summary>Switches the function context (e.g. a new evaluation date) for the next <see cref="Run"/>.</summary>
    public void UseContext(FunctionContext context)
    {
        State.Context = context;
        _form.Context = context;

        // Every rule matches the form fact first, so updating it re-tests every condition (today() may differ).
        _session.Update(_form);
        foreach (var aggregate in State.Program.Aggregates)
        {
            State.MarkAggregateDirty(aggregate.Model.Index);
        }
    }

    /// <inheritdoc />
    public void Run()
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            State.Recompute();
            UpdateRowVisibility();
            if (_pendingUpdates.Count > 0)
            {
                _session.UpdateAll(_pendingUpdates.Distinct().ToList());
                _pendingUpdates.Clear();
            }

            _session.Fire();
            if (!State.HasPendingWork && _pendingGroups.Count == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException("The rules did not settle; the cycle check should have prevented this.");
    }

    /// <summary>Tells the network which groups were shown or hidden (their row facts match per-row rules only while visible).</summary>
    private void UpdateRowVisibility()
    {
        if (_pendingGroups.Count == 0)
        {
            return;
        }

        var changed = new List<object>();
        foreach (var repeat in _pendingGroups)
        {
            var visible = State.IsVisible(repeat, -1);
            foreach (var ((group, _), rowFact) in _rows)
            {
                if (group == repeat && rowFact.Visible != visible)
                {
                    rowFact.Visible = visible;
                    changed.Add(rowFact);
                }
            }
        }

        _pendingGroups.Clear();
        if (changed.Count > 0)
        {
            _session.UpdateAll(changed);
        }
    }

    private FieldFact Fact(string key, int row)
    {
        var fact = new FieldFact(key, row);
        _facts[(key, row)] = fact;
        return fact;
    }

    private void OnEffectiveChanged(string key, int row, Value value)
    {
        if (_facts.TryGetValue((key, row), out var fact))
        {
            fact.Value = value;
            _pendingUpdates.Add(fact);
        }
    }

    private void OnRowAdded(string repeat, int row)
    {
        var rowFact = new RowFact(repeat, row) { Visible = State.IsVisible(repeat, -1) };
        _rows[(repeat, row)] = rowFact;
        var facts = new List<object> { rowFact };
        facts.AddRange(State.Program.RowKeys[repeat].Select(k => Fact(k, row)));
        _session.InsertAll(facts);
    }

    private void OnRowRemoved(string repeat, int row)
    {
        var facts = new List<object>();
        if (_rows.Remove((repeat, row), out var rowFact))
        {
            facts.Add(rowFact);
        }

        foreach (var key in State.Program.RowKeys[repeat])
        {
            if (_facts.Remove((key, row), out var fact))
            {
                facts.Add(fact);
                _pendingUpdates.Remove(fact);
            }
        }

        _session.RetractAll(facts);
    }

    private void OnInserted(object? sender, WorkingMemoryEventArgs e)
    {
        if (e.Fact.Value is EffectFact effect)
        {
            State.Effects.Add(effect);
        }
    }

    private void OnRetracted(object? sender, WorkingMemoryEventArgs e)
    {
        if (e.Fact.Value is EffectFact effect)
        {
            State.Effects.Remove(effect);
        }
    }
}
