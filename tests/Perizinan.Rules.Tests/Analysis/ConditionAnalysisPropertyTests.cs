using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Perizinan.Rules.Tests.Binding;

namespace Perizinan.Rules.Tests.Analysis;

/// <summary>
/// PZR3002 on conjunctions of bounds: a conjunction of comparisons of fields with constants is reported exactly when no
/// value satisfies it (checked by brute force over a grid that contains every bound and the points between them).
/// </summary>
public sealed class ConditionAnalysisPropertyTests
{
    private static readonly string[] Operators = ["=", "<", "<=", ">", ">="];

    private static readonly string[] NumberFields = ["reklame.luas", "reklame.sisi"];

    private static readonly string[] Choices = ["billboard", "baliho", "spanduk"];

    private static readonly Gen<Atom> NumberAtom =
        from field in Gen.Elements(NumberFields)
        from op in Gen.Elements(Operators)
        from bound in Gen.Choose(-3, 3)
        from mirrored in Gen.Elements(false, true)
        select new Atom(field, op, bound, null, mirrored);

    private static readonly Gen<Atom> ChoiceAtom =
        from choice in Gen.Elements(Choices)
        from mirrored in Gen.Elements(false, true)
        select new Atom("reklame.jenis", "=", 0, choice, mirrored);

    private static readonly Gen<Atom[]> Conjunction =
        Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Gen.Frequency((4, NumberAtom), (1, ChoiceAtom)), n));

    [Property(MaxTest = 300)]
    public Property Compile_ConjunctionOfBounds_NeverTrueReportedExactlyWhenUnsatisfiable() =>
        Prop.ForAll(Arb.From(Conjunction), atoms =>
        {
            var condition = string.Join(" and ", atoms.Select(a => a.ToString()));
            var rules = $"rule \"r\"\nwhen {condition}\nthen\n  show dokumen.gambar_konstruksi\nend\n";

            var (_, diagnostics) = RulesTestSupport.Compile(rules, RulesTestSupport.SharedCatalog);

            Assert.All(diagnostics, d => Assert.Equal("PZR3002", d.Code));
            Assert.True(Satisfiable(atoms) != diagnostics.Any(), $"{condition}: satisfiable={Satisfiable(atoms)}, reported: {string.Join("; ", diagnostics)}");
        });

    private static bool Satisfiable(Atom[] atoms)
    {
        var grid = Enumerable.Range(-10, 21).Select(k => k / 2m).ToArray();
        foreach (var group in atoms.GroupBy(a => a.Field))
        {
            var ok = group.Key == "reklame.jenis"
                ? Choices.Any(c => group.All(a => a.Choice == c))
                : grid.Any(x => group.All(a => a.Holds(x)));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>field op bound</c>, or <c>bound op' field</c> when mirrored (same meaning).</summary>
    private sealed record Atom(string Field, string Op, int Bound, string? Choice, bool Mirrored)
    {
        public bool Holds(decimal x) => Op switch
        {
            "=" => x == Bound,
            "<" => x < Bound,
            "<=" => x <= Bound,
            ">" => x > Bound,
            _ => x >= Bound,
        };

        public override string ToString()
        {
            var constant = Choice is null ? Bound.ToString(CultureInfo.InvariantCulture) : $"\"{Choice}\"";
            if (!Mirrored)
            {
                return $"{Field} {Op} {constant}";
            }

            var mirrored = Op switch { "<" => ">", "<=" => ">=", ">" => "<", ">=" => "<=", _ => Op };
            return $"{constant} {mirrored} {Field}";
        }
    }
}
