using Perizinan.Rules.Binding;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Model;
using Perizinan.Rules.Model.Bound;

namespace Perizinan.Rules.Analysis;

/// <summary>
/// Finds values and visibilities that depend on themselves (<c>PZR3001</c>). Nodes are "the value of X" and "whether
/// X is shown"; a field's value depends on whether it and its groups are shown, a computed value on what its
/// <c>set</c> rules read, a visibility on what its <c>show</c> rules read, an aggregate on what its body reads.
/// </summary>
internal static class DependencyAnalyzer
{
    /// <summary>Reports each cycle once, at a rule on it.</summary>
    public static void Check(RuleSet rules, IFieldCatalog catalog, DiagnosticBag diagnostics)
    {
        var edges = new Dictionary<string, List<(string To, RuleModel? Rule)>>(StringComparer.Ordinal);
        void Edge(string from, string to, RuleModel? rule)
        {
            if (!edges.TryGetValue(from, out var list))
            {
                edges[from] = list = [];
            }

            list.Add((to, rule));
        }

        foreach (var field in catalog.Fields)
        {
            foreach (var prefix in Prefixes(field.Path))
            {
                if (rules.ConditionalPaths.Contains(prefix))
                {
                    Edge("value:" + field.Path, "shown:" + prefix, null);
                }
            }
        }

        foreach (var aggregate in rules.Aggregates)
        {
            foreach (var read in aggregate.Reads)
            {
                Edge("value:" + aggregate.Key, "value:" + read.Key, null);
            }

            // A hidden group has no rows for the rules, so an aggregate also depends on its group being shown.
            foreach (var prefix in Prefixes(aggregate.RepeatPath).Where(rules.ConditionalPaths.Contains))
            {
                Edge("value:" + aggregate.Key, "shown:" + prefix, null);
            }
        }

        foreach (var rule in rules.Rules)
        {
            foreach (var effect in rule.Effects)
            {
                var node = effect.Kind switch
                {
                    EffectKind.Set => "value:" + effect.Target,
                    EffectKind.Show => "shown:" + effect.Target,
                    _ => null,
                };
                if (node is null)
                {
                    continue;
                }

                // A value depends on the rule's condition and its own expression, not on its sibling effects'.
                foreach (var read in ReadCollector.Collect(rule.Condition, [effect.Value]))
                {
                    Edge(node, "value:" + ReadCollector.KeyOf(read), rule);
                }
            }
        }

        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the stack, 2 = done
        var reported = new HashSet<RuleModel>();
        foreach (var start in edges.Keys.ToList())
        {
            Visit(start, edges, state, new Stack<(string, RuleModel?)>(), diagnostics, reported, rules);
        }
    }

    /// <summary>The path and every enclosing group path: <c>a.b[].c</c> → <c>a.b[].c</c>, <c>a.b</c>, <c>a</c>.</summary>
    public static IEnumerable<string> Prefixes(string path)
    {
        yield return path;
        var current = path;
        while (true)
        {
            var cut = current.LastIndexOf('.');
            if (cut < 0)
            {
                yield break;
            }

            current = current[..cut];
            if (current.EndsWith("[]", StringComparison.Ordinal))
            {
                current = current[..^2];
            }

            yield return current;
        }
    }

    private static void Visit(
        string node,
        Dictionary<string, List<(string To, RuleModel? Rule)>> edges,
        Dictionary<string, int> state,
        Stack<(string Node, RuleModel? Rule)> path,
        DiagnosticBag diagnostics,
        HashSet<RuleModel> reported,
        RuleSet rules)
    {
        if (state.TryGetValue(node, out var s))
        {
            if (s == 1)
            {
                Report(node, path, diagnostics, reported, rules);
            }

            return;
        }

        state[node] = 1;
        if (edges.TryGetValue(node, out var next))
        {
            foreach (var (to, rule) in next)
            {
                path.Push((node, rule));
                Visit(to, edges, state, path, diagnostics, reported, rules);
                path.Pop();
            }
        }

        state[node] = 2;
    }

    private static void Report(string node, Stack<(string Node, RuleModel? Rule)> path, DiagnosticBag diagnostics, HashSet<RuleModel> reported, RuleSet rules)
    {
        var cycle = new List<(string Node, RuleModel? Rule)>();
        foreach (var step in path)
        {
            cycle.Add(step);
            if (step.Node == node)
            {
                break;
            }
        }

        cycle.Reverse();
        var rule = cycle.Select(c => c.Rule).FirstOrDefault(r => r is not null);
        if (rule is null || !reported.Add(rule))
        {
            return;
        }

        var chain = string.Join(" → ", cycle.Select(c => Describe(c.Node, rules)).Append(Describe(node, rules)));
        diagnostics.Error("PZR3001", rule.Location,
            $"Nilai yang bergantung pada dirinya sendiri (siklus): {chain}. Aturan \"{rule.Name}\" ikut di dalamnya.",
            $"A value that depends on itself (a cycle): {chain}. The rule \"{rule.Name}\" is part of it.");
    }

    private static string Describe(string node, RuleSet rules)
    {
        if (node.StartsWith("shown:", StringComparison.Ordinal))
        {
            return "show " + node[6..];
        }

        var key = node[6..];
        var aggregate = rules.Aggregates.FirstOrDefault(a => a.Key == key);
        return aggregate is { Text.Length: > 0 } ? aggregate.Text : key;
    }
}
