using Perizinan.Rules.Model.Bound;

namespace Perizinan.Rules.Binding;

/// <summary>Collects what an expression reads: fields and aggregates, distinct, in first-seen order.</summary>
internal static class ReadCollector
{
    /// <summary>The reads of a rule: its condition and effect values. Aggregate bodies are not entered.</summary>
    public static IReadOnlyList<BoundExpression> Collect(BoundExpression condition, IEnumerable<BoundExpression?> values)
    {
        var reads = new List<BoundExpression>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Walk(condition, reads, seen, enterAggregates: false);
        foreach (var value in values)
        {
            if (value is not null)
            {
                Walk(value, reads, seen, enterAggregates: false);
            }
        }

        return reads;
    }

    /// <summary>The fields an aggregate body reads.</summary>
    public static IReadOnlyList<BoundField> Fields(BoundExpression body)
    {
        var reads = new List<BoundExpression>();
        Walk(body, reads, new HashSet<string>(StringComparer.Ordinal), enterAggregates: true);
        return reads.OfType<BoundField>().ToList();
    }

    /// <summary>The key a read is known by at runtime.</summary>
    public static string KeyOf(BoundExpression read) => read switch
    {
        BoundField f => f.Key,
        BoundAggregateRead a => a.Aggregate.Key,
        _ => throw new ArgumentException("Not a read.", nameof(read)),
    };

    private static void Walk(BoundExpression e, List<BoundExpression> reads, HashSet<string> seen, bool enterAggregates)
    {
        switch (e)
        {
            case BoundField f:
                if (seen.Add(f.Key))
                {
                    reads.Add(f);
                }

                break;
            case BoundAggregateRead a:
                if (seen.Add(a.Aggregate.Key))
                {
                    reads.Add(a);
                }

                break;
            case BoundUnary u:
                Walk(u.Operand, reads, seen, enterAggregates);
                break;
            case BoundBinary b:
                Walk(b.Left, reads, seen, enterAggregates);
                Walk(b.Right, reads, seen, enterAggregates);
                break;
            case BoundIn i:
                Walk(i.Operand, reads, seen, enterAggregates);
                if (i.ListOperand is not null)
                {
                    Walk(i.ListOperand, reads, seen, enterAggregates);
                }

                foreach (var item in i.Items ?? [])
                {
                    Walk(item, reads, seen, enterAggregates);
                }

                break;
            case BoundIsEmpty n:
                Walk(n.Operand, reads, seen, enterAggregates);
                break;
            case BoundCall c:
                foreach (var arg in c.Arguments)
                {
                    Walk(arg, reads, seen, enterAggregates);
                }

                break;
            case BoundIf f:
                Walk(f.Condition, reads, seen, enterAggregates);
                Walk(f.WhenTrue, reads, seen, enterAggregates);
                Walk(f.WhenFalse, reads, seen, enterAggregates);
                break;
        }
    }
}
