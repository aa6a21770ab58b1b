using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Perizinan.Engine.Tests.TestSupport;

namespace Perizinan.Engine.Tests.Evaluation;

/// <summary>What a slot of a random package is.</summary>
internal enum SlotKind
{
    Number,
    Choice,
    Flag,
    ComputedNumber,
    ComputedText,
    Repeat,

    /// <summary>Not a field: the aggregates over the repeating group, read after its rows.</summary>
    Aggregate,
}

/// <summary>
/// A field of a random package at a place in the dependency order: a rule that shows, requires or computes a slot only
/// reads slots with a lower index, so that no value or visibility can depend on itself (acyclic by construction).
/// </summary>
internal sealed record Slot(int Index, string Path, SlotKind Kind, string? Group, bool InRow)
{
    public bool IsComputed => Kind is SlotKind.ComputedNumber or SlotKind.ComputedText;

    public bool IsQuestion => Kind is SlotKind.Number or SlotKind.Choice or SlotKind.Flag;

    public bool IsNumber => Kind is SlotKind.Number or SlotKind.ComputedNumber;
}

/// <summary>The fields of a random package, in dependency order, before any rule is written.</summary>
internal sealed record Skeleton(IReadOnlyList<Slot> Slots, IReadOnlyList<Slot> Rows, Slot? Repeat, Slot? Aggregate, IReadOnlyList<bool> WantRequired)
{
    /// <summary>Slots a rule outside the group may read (aggregates included).</summary>
    public IEnumerable<Slot> TopReadable => Slots.Where(s => !s.InRow && s.Kind != SlotKind.Repeat);

    /// <summary>The top-level questions (not computed, not in the group).</summary>
    public IEnumerable<Slot> TopQuestions => Slots.Where(s => !s.InRow && s.IsQuestion);

    /// <summary>The groups (<c>k0</c>, …) with the index of their first field.</summary>
    public IEnumerable<(string Group, int Start)> Groups =>
        Slots.Where(s => s.Group is not null).GroupBy(s => s.Group!).Select(g => (g.Key, g.Min(s => s.Index)));
}

/// <summary>One rule, check or warning of a random package, and what it shows.</summary>
internal sealed record RuleItem(string Text, IReadOnlyList<string> Shows);

/// <summary>A random but valid package: its fields and its rules file as a list of items.</summary>
internal sealed class RandomPackage(Skeleton skeleton, IReadOnlyList<RuleItem> items)
{
    public static readonly string[] FeeIds = ["biaya_a", "biaya_b", "biaya_c"];

    public Skeleton Skeleton { get; } = skeleton;

    public IReadOnlyList<RuleItem> Items { get; } = items;

    /// <summary>The questions, in layout order.</summary>
    public IReadOnlyList<TestField> Fields { get; } = BuildFields(skeleton, items);

    public string Rules(IEnumerable<RuleItem>? order = null) =>
        string.Join("\n\n", (order ?? Items).Select(i => i.Text)) + "\n";

    public Dictionary<string, string> Files(IEnumerable<RuleItem>? order = null) => TestPackage.Files(Fields, Rules(order), FeeIds);

    public override string ToString()
    {
        var text = new StringBuilder("fields: ");
        text.AppendJoin(", ", Fields.Select(f => $"{f.Path}:{f.Schema["type"]}{(f.Schema["readOnly"] is null ? "" : " readOnly")}{(f.SchemaRequired ? " required" : "")}"));
        return text.Append("\n--- rules.pzr ---\n").Append(Rules()).ToString();
    }

    private static List<TestField> BuildFields(Skeleton skeleton, IReadOnlyList<RuleItem> items)
    {
        var shown = items.SelectMany(i => i.Shows).ToHashSet(StringComparer.Ordinal);
        bool IsShown(Slot s) =>
            shown.Contains(s.Path)
            || (s.Group is not null && shown.Contains(s.Group))
            || (s.InRow && skeleton.Repeat is { } r && shown.Contains(r.Path));

        var fields = new List<TestField>();
        foreach (var slot in skeleton.Slots)
        {
            var required = skeleton.WantRequired[slot.Index] && !slot.IsComputed && !IsShown(slot);
            switch (slot.Kind)
            {
                case SlotKind.Number:
                    fields.Add(TestField.Integer(slot.Path, example: 10, minimum: 0, maximum: 100, required: required));
                    break;
                case SlotKind.Choice:
                    fields.Add(TestField.Choice(slot.Path, ["a", "b", "c"], example: "a", required: required));
                    break;
                case SlotKind.Flag:
                    fields.Add(TestField.Flag(slot.Path, required: required));
                    break;
                case SlotKind.ComputedNumber:
                    fields.Add(TestField.Computed(slot.Path));
                    break;
                case SlotKind.ComputedText:
                    fields.Add(TestField.Computed(slot.Path, "string"));
                    break;
                case SlotKind.Repeat:
                    fields.Add(TestField.Repeat(slot.Path, minItems: 1, maxItems: 4, required: required));
                    break;
                default:
                    break;
            }
        }

        return fields;
    }
}

/// <summary>
/// FsCheck generators of random valid packages (10–30 questions of number, choice and yes/no types, computed values,
/// maybe one repeating group with 2–3 row questions; 5–25 rules with show, require, fee, checks and warnings, plus one
/// <c>set</c> rule per computed value) and of random answers for them (missing values, wrong types, values out of range,
/// unknown fields, wrong shapes).
/// </summary>
internal static class RandomPackages
{
    private const string RepeatPath = "r";

    public static Gen<RandomPackage> Package =>
        from skeleton in Skeletons
        from count in Gen.Choose(5, 25)
        from rules in Gen.CollectToList(Enumerable.Range(0, count).Select(n => Rule(skeleton, n)))
        from sets in Gen.CollectToList(skeleton.Slots.Where(s => s.IsComputed).Select(s => Set(skeleton, s)))
        from order in Gen.Shuffle(rules.Concat(sets).ToArray())
        select new RandomPackage(skeleton, order);

    /// <summary>A random answer set for <paramref name="package"/>.</summary>
    public static Gen<JsonElement> Answers(RandomPackage package) =>
        from top in Gen.CollectToList(package.Skeleton.Slots.Where(s => !s.InRow && s.Kind != SlotKind.Aggregate).Select(s => AnswerFor(package.Skeleton, s)))
        from unknownRoot in Chance(10)
        from unknownGroup in Chance(10)
        from brokenGroup in Chance(5)
        from brokenValue in Gen.Elements<JsonNode?>(5, "x", new JsonArray(), null)
        select Assemble(package.Skeleton, top, unknownRoot, unknownGroup, brokenGroup ? brokenValue : null);

    private static Gen<Skeleton> Skeletons =>
        from n in Gen.Choose(10, 30)
        from kinds in Gen.ArrayOf(Gen.Frequency(
            (4, Gen.Constant(SlotKind.Number)),
            (3, Gen.Constant(SlotKind.Choice)),
            (3, Gen.Constant(SlotKind.Flag)),
            (2, Gen.Constant(SlotKind.ComputedNumber)),
            (1, Gen.Constant(SlotKind.ComputedText))), n)
        from groupSize in Gen.Choose(1, 6)
        from hasRepeat in Chance(75)
        from repeatAt in Gen.Choose(0, n)
        from rowKinds in Gen.Choose(2, 3).SelectMany(k => Gen.ArrayOf(Gen.Elements(SlotKind.Number, SlotKind.Choice, SlotKind.Flag), k))
        from wantRequired in Gen.ArrayOf(Chance(15), n + 5)
        select Build(kinds, groupSize, hasRepeat ? repeatAt : -1, rowKinds, wantRequired);

    private static Skeleton Build(SlotKind[] kinds, int groupSize, int repeatAt, SlotKind[] rowKinds, bool[] wantRequired)
    {
        if (!kinds.Any(k => k is SlotKind.Number or SlotKind.Choice or SlotKind.Flag))
        {
            kinds[0] = SlotKind.Number;
        }

        var slots = new List<Slot>();
        var rows = new List<Slot>();
        Slot? repeat = null, aggregate = null;
        for (var i = 0; i <= kinds.Length; i++)
        {
            if (i == repeatAt)
            {
                repeat = new Slot(slots.Count, RepeatPath, SlotKind.Repeat, null, false);
                slots.Add(repeat);
                for (var j = 0; j < rowKinds.Length; j++)
                {
                    var row = new Slot(slots.Count, $"{RepeatPath}[].c{j}", rowKinds[j], null, true);
                    rows.Add(row);
                    slots.Add(row);
                }

                aggregate = new Slot(slots.Count, RepeatPath, SlotKind.Aggregate, null, false);
                slots.Add(aggregate);
            }

            if (i < kinds.Length)
            {
                var group = groupSize == 1 ? null : $"k{i / groupSize}";
                slots.Add(new Slot(slots.Count, group is null ? $"f{i}" : $"{group}.f{i}", kinds[i], group, false));
            }
        }

        return new Skeleton(slots, rows, repeat, aggregate, wantRequired);
    }

    /// <summary>One of the items (never the params overload, which would pick the whole list).</summary>
    private static Gen<T> Pick<T>(IEnumerable<T> items) => Gen.Elements(items.ToArray());

    private static Gen<bool> Chance(int percent) =>
        Gen.Frequency((percent, Gen.Constant(true)), (100 - percent, Gen.Constant(false)));

    private static Gen<int> Number => Gen.Choose(0, 100);

    // ---------------------------------------------------------------- rules

    private static Gen<RuleItem> Rule(Skeleton s, int n)
    {
        var options = new List<(int, Gen<RuleItem>)> { (4, Show(s, n)), (2, Require(s, n)), (3, Fee(s, n)), (2, Check(s, n, warning: false)), (1, Check(s, n, warning: true)) };
        if (s.Repeat is not null)
        {
            options.Add((2, RowShow(s, n)));
            options.Add((2, RowFee(s, n)));
            options.Add((1, RowCheck(s, n)));
        }

        return Gen.Frequency(options);
    }

    private static Gen<RuleItem> Show(Skeleton s, int n)
    {
        var targets = s.TopQuestions.Select(q => (q.Path, q.Index, Value: true)).ToList();
        if (s.Repeat is { } r)
        {
            targets.Add((r.Path, r.Index, true));
        }

        targets.AddRange(s.Groups.Select(g => (g.Group, g.Start, false)));
        return from target in Pick(targets)
               from condition in Condition(s, s.TopReadable.Where(x => x.Index < target.Index).ToList())
               from require in Chance(target.Value ? 60 : 0)
               select new RuleItem(
                   Text(n, condition, [$"show {target.Path}", .. require ? [$"require {target.Path}"] : Array.Empty<string>()]),
                   [target.Path]);
    }

    private static Gen<RuleItem> Require(Skeleton s, int n) =>
        from target in Pick(s.TopQuestions.ToList())
        from condition in Condition(s, s.TopReadable.ToList())
        select new RuleItem(Text(n, condition, [$"require {target.Path}"]), []);

    private static Gen<RuleItem> Set(Skeleton s, Slot target)
    {
        var pool = s.TopReadable.Where(x => x.Index < target.Index).ToList();
        var value = target.Kind == SlotKind.ComputedNumber ? NumberExpression(s, pool, 2) : TextExpression(s, pool);
        return from condition in Chance(50).SelectMany(c => c ? Condition(s, pool) : Gen.Constant<string?>(null))
               from v in value
               select new RuleItem(Text(-1 - target.Index, condition, [$"set {target.Path} = {v}"]), []);
    }

    private static Gen<RuleItem> Fee(Skeleton s, int n)
    {
        var pool = s.TopReadable.ToList();
        return from id in Pick(RandomPackage.FeeIds)
               from condition in Condition(s, pool)
               from amount in NumberExpression(s, pool, 2)
               select new RuleItem(Text(n, condition, [$"fee {id} = {amount}"]), []);
    }

    private static Gen<RuleItem> RowShow(Skeleton s, int n)
    {
        var repeat = s.Repeat!;
        return from target in Pick(s.Rows)
               from condition in Condition(s, s.Rows.Where(x => x.Index < target.Index)
                   .Concat(s.TopReadable.Where(x => x.Index < repeat.Index)).ToList())
               from require in Chance(60)
               select new RuleItem(
                   Text(n, condition, [$"show {target.Path}", .. require ? [$"require {target.Path}"] : Array.Empty<string>()]),
                   [target.Path]);
    }

    private static Gen<RuleItem> RowFee(Skeleton s, int n)
    {
        var pool = s.Rows.Concat(s.TopReadable.Where(x => x.Kind != SlotKind.Aggregate)).ToList();
        return from id in Pick(RandomPackage.FeeIds)
               from row in Pick(s.Rows)
               from rowAtom in Atom(s, row)
               from more in Chance(30).SelectMany(c => c ? Condition(s, pool.Where(x => x != row).ToList()) : Gen.Constant<string?>(null))
               from amount in NumberExpression(s, pool, 1)
               select new RuleItem(Text(n, more is null ? rowAtom : $"{rowAtom} and ({more})", [$"fee {id} = {amount}"]), []);
    }

    private static Gen<RuleItem> Check(Skeleton s, int n, bool warning) =>
        from subject in Pick(s.TopQuestions.ToList())
        from condition in Atom(s, subject)
        from other in Chance(30).SelectMany(c => c ? Condition(s, s.TopReadable.ToList()) : Gen.Constant<string?>(null))
        select new RuleItem(CheckText(n, warning, subject.Path, other is null ? condition : $"{condition} or ({other})"), []);

    private static Gen<RuleItem> RowCheck(Skeleton s, int n) =>
        from subject in Pick(s.Rows)
        from condition in Atom(s, subject)
        from warning in Chance(30)
        select new RuleItem(CheckText(n, warning, subject.Path, condition), []);

    private static string Text(int n, string? condition, IReadOnlyList<string> effects)
    {
        var text = new StringBuilder($"rule \"R{(n < 0 ? "set" + (-n) : n.ToString(CultureInfo.InvariantCulture))}\"\n");
        if (condition is not null)
        {
            text.Append("when ").Append(condition).Append('\n');
        }

        text.Append("then\n");
        foreach (var effect in effects)
        {
            text.Append("  ").Append(effect).Append('\n');
        }

        return text.Append("end").ToString();
    }

    private static string CheckText(int n, bool warning, string subject, string condition) =>
        $"{(warning ? "warn" : "check")} {subject}: {condition}\n  else id \"Cek {n}\" en \"Check {n}\"";

    // ---------------------------------------------------------------- expressions

    /// <summary>A condition over <paramref name="pool"/>, or none (<c>null</c>: the rule always holds) when the pool is empty.</summary>
    private static Gen<string?> Condition(Skeleton s, IReadOnlyList<Slot> pool)
    {
        if (pool.Count == 0)
        {
            return Gen.Constant<string?>(null);
        }

        var one = Pick(pool).SelectMany(x => Atom(s, x));
        var options = new List<(int, Gen<string>)> { (5, one), (1, one.Select(a => $"not ({a})")) };
        if (pool.Count >= 2)
        {
            // Two different slots, so that "and" never puts contradictory bounds on one field (PZR3002).
            var two = Gen.Shuffle(pool.ToArray()).SelectMany(p => Atom(s, p[0]).SelectMany(a => Atom(s, p[1]).Select(b => (a, b))));
            options.Add((2, two.Select(x => $"{x.a} and {x.b}")));
            options.Add((2, two.Select(x => $"({x.a} or {x.b})")));
        }

        return Gen.Frequency(options).Select(c => (string?)c);
    }

    private static Gen<string> Atom(Skeleton s, Slot slot)
    {
        var p = slot.Path;
        return slot.Kind switch
        {
            SlotKind.Number or SlotKind.ComputedNumber => Gen.OneOf(
                Number.Select(k => $"{p} > {k}"),
                Number.Select(k => $"{p} <= {k}"),
                Number.Select(k => $"{p} = {k}"),
                Number.Select(k => $"{p} != {k}"),
                Gen.Elements($"{p} is empty", $"{p} is not empty")),
            SlotKind.Choice => Gen.OneOf(
                Gen.Elements("a", "b", "c").Select(v => $"{p} = \"{v}\""),
                Gen.Elements("a", "b", "c").Select(v => $"{p} != \"{v}\""),
                Gen.Elements($"{p} in [\"a\", \"b\"]", $"{p} not in [\"c\"]", $"{p} is empty")),
            SlotKind.Flag => Gen.Elements(p, $"not {p}", $"{p} = true", $"{p} is empty"),
            SlotKind.ComputedText => Gen.Elements($"{p} = \"besar\"", $"{p} = \"a\"", $"{p} is not empty"),
            SlotKind.Aggregate => AggregateAtom(s, slot),
            _ => throw new InvalidOperationException($"No condition on {slot}."),
        };
    }

    private static Gen<string> AggregateAtom(Skeleton s, Slot aggregate)
    {
        var r = aggregate.Path;
        var rowAtom = Pick(s.Rows).SelectMany(x => Atom(s, x));
        var options = new List<Gen<string>>
        {
            Gen.Choose(0, 3).Select(k => $"count({r}) > {k}"),
            Gen.Constant($"count({r}) = 0"),
            rowAtom.Select(a => $"any({a})"),
            rowAtom.Select(a => $"all({a})"),
            rowAtom.Select(a => $"not any({a})"),
        };
        var rowNumbers = s.Rows.Where(x => x.IsNumber).Select(x => x.Path).ToList();
        if (rowNumbers.Count > 0)
        {
            options.Add(Pick(rowNumbers).SelectMany(x => Number.Select(k => $"sum({x}) > {k * 2}")));
        }

        return Gen.OneOf(options);
    }

    private static Gen<string> NumberExpression(Skeleton s, IReadOnlyList<Slot> pool, int depth)
    {
        var numbers = pool.Where(x => x.IsNumber).Select(x => x.Path).ToList();
        var leaves = new List<(int, Gen<string>)> { (2, Number.Select(k => k.ToString(CultureInfo.InvariantCulture))) };
        if (numbers.Count > 0)
        {
            leaves.Add((5, Pick(numbers)));
        }

        if (pool.Any(x => x.Kind == SlotKind.Aggregate))
        {
            leaves.Add((1, Gen.Constant($"count({RepeatPath})")));
            var rowNumbers = s.Rows.Where(x => x.IsNumber).Select(x => x.Path).ToList();
            if (rowNumbers.Count > 0)
            {
                leaves.Add((1, Pick(rowNumbers).Select(x => $"sum({x})")));
                leaves.Add((1, Pick(rowNumbers).Select(x => $"sum({x} * 2)")));
            }
        }

        var leaf = Gen.Frequency(leaves);
        if (depth == 0)
        {
            return leaf;
        }

        var sub = NumberExpression(s, pool, depth - 1);
        return Gen.Frequency(
            (3, leaf),
            (1, Gen.Zip(sub, sub).Select(x => $"({x.Item1} + {x.Item2})")),
            (1, Gen.Zip(sub, sub).Select(x => $"({x.Item1} - {x.Item2})")),
            (1, Gen.Zip(sub, Gen.Choose(0, 5)).Select(x => $"({x.Item1} * {x.Item2})")),
            (1, Gen.Zip(sub, Gen.Choose(0, 4)).Select(x => $"({x.Item1} / {x.Item2})")),
            (1, Condition(s, pool).SelectMany(c => Gen.Zip(sub, sub).Select(x => c is null ? x.Item1 : $"if {c} then {x.Item1} else {x.Item2} end"))));
    }

    private static Gen<string> TextExpression(Skeleton s, IReadOnlyList<Slot> pool)
    {
        var choices = pool.Where(x => x.Kind == SlotKind.Choice).Select(x => x.Path).ToList();
        var options = new List<(int, Gen<string>)>
        {
            (1, Gen.Constant("\"tetap\"")),
            (3, Condition(s, pool).Select(c => c is null ? "\"kecil\"" : $"if {c} then \"besar\" else \"kecil\" end")),
        };
        if (choices.Count > 0)
        {
            options.Add((2, Pick(choices)));
        }

        return Gen.Frequency(options);
    }

    // ---------------------------------------------------------------- answers

    private static Gen<(Slot Slot, JsonNode? Value, bool Present)> AnswerFor(Skeleton s, Slot slot)
    {
        if (slot.Kind == SlotKind.Repeat)
        {
            var row = Gen.CollectToList(s.Rows.Select(r => Value(r).Select(v => (r, v))))
                .SelectMany(values => Chance(5).Select(unknown =>
                {
                    var o = new JsonObject();
                    foreach (var (r, v) in values.Where(x => x.v.Present))
                    {
                        o[r.Path[(r.Path.LastIndexOf('.') + 1)..]] = v.Value?.DeepClone();
                    }

                    if (unknown)
                    {
                        o["zz"] = 1;
                    }

                    return (JsonNode?)o;
                }));
            var rowOrJunk = Gen.Frequency((20, row), (1, Gen.Constant<JsonNode?>(JsonValue.Create(7))), (1, Gen.Constant<JsonNode?>(null)));
            var rows = Gen.Frequency((6, Gen.Choose(0, 4)), (1, Gen.Choose(5, 6)))
                .SelectMany(k => Gen.ArrayOf(rowOrJunk, k))
                .Select(items => (JsonNode?)new JsonArray(items.Select(i => i?.DeepClone()).ToArray()));
            return Gen.Frequency(
                    (2, Gen.Constant((Value: (JsonNode?)null, Present: false))),
                    (8, rows.Select(v => (Value: v, Present: true))),
                    (1, Gen.Elements<JsonNode?>(JsonValue.Create(3), new JsonObject { ["c0"] = 1 }).Select(v => (Value: v, Present: true))))
                .Select(x => (slot, x.Value, x.Present));
        }

        return Value(slot).Select(x => (slot, x.Value, x.Present));
    }

    private static Gen<(JsonNode? Value, bool Present)> Value(Slot slot)
    {
        Gen<JsonNode?> valid = slot.Kind switch
        {
            SlotKind.Number => Gen.Frequency((9, Number.Select(k => (JsonNode?)JsonValue.Create(k))), (1, Gen.Constant<JsonNode?>(JsonValue.Create(100)))),
            SlotKind.Choice => Gen.Elements("a", "b", "c").Select(v => (JsonNode?)JsonValue.Create(v)),
            SlotKind.Flag => Gen.Elements(true, false).Select(v => (JsonNode?)JsonValue.Create(v)),
            _ => Gen.Elements<JsonNode?>(JsonValue.Create(999), JsonValue.Create("dari klien")),
        };
        Gen<JsonNode?> invalid = slot.Kind switch
        {
            SlotKind.Number => Gen.Elements<JsonNode?>(
                JsonValue.Create(-5), JsonValue.Create(150), JsonValue.Create("12"), JsonValue.Create(true), JsonValue.Create(2.5m), new JsonArray(1)),
            SlotKind.Choice => Gen.Elements<JsonNode?>(JsonValue.Create("d"), JsonValue.Create(""), JsonValue.Create(5), new JsonObject { ["a"] = 1 }),
            SlotKind.Flag => Gen.Elements<JsonNode?>(JsonValue.Create("ya"), JsonValue.Create(1), new JsonArray()),
            _ => Gen.Elements<JsonNode?>(JsonValue.Create(true)),
        };
        return Gen.Frequency(
            (3, Gen.Constant((Value: (JsonNode?)null, Present: false))),
            (slot.IsComputed ? 1 : 7, valid.Select(v => (Value: v, Present: true))),
            (1, invalid.Select(v => (Value: v, Present: true))),
            (1, Gen.Constant((Value: (JsonNode?)null, Present: true))));
    }

    private static JsonElement Assemble(Skeleton s, List<(Slot Slot, JsonNode? Value, bool Present)> answers, bool unknownRoot, bool unknownGroup, JsonNode? brokenGroup)
    {
        var root = new JsonObject();
        foreach (var (slot, value, present) in answers.Where(a => a.Present))
        {
            var parent = root;
            if (slot.Group is { } group)
            {
                if (root[group] is not JsonObject g)
                {
                    root[group] = g = [];
                }

                parent = g;
            }

            parent[slot.Path[(slot.Path.LastIndexOf('.') + 1)..]] = value?.DeepClone();
        }

        if (unknownRoot)
        {
            root["zz_tidak_dikenal"] = "x";
        }

        var groups = s.Groups.Select(g => g.Group).ToList();
        if (unknownGroup && groups.Count > 0)
        {
            if (root[groups[0]] is not JsonObject g)
            {
                root[groups[0]] = g = [];
            }

            g["zz"] = new JsonObject { ["dalam"] = 1 };
        }

        if (brokenGroup is not null && groups.Count > 0)
        {
            root[groups[^1]] = brokenGroup.DeepClone();
        }

        return JsonSerializer.SerializeToElement(root);
    }
}
