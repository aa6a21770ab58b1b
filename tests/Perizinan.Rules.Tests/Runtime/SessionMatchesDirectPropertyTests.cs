using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Perizinan.Rules.Model;
using Perizinan.Rules.Runtime;

namespace Perizinan.Rules.Tests.Runtime;

/// <summary>
/// The incremental NRules session must always agree with the direct evaluator: one session is driven through a
/// random sequence of answers and row counts, and after every step its effects and values are compared with a fresh
/// direct evaluator given the same answers from scratch.
/// </summary>
public sealed class SessionMatchesDirectPropertyTests
{
    private const string Rules = """
        rule "Besar"
        when reklame.luas > 24 or reklame.jenis = "billboard"
        then
          show dokumen.gambar_konstruksi
          require dokumen.gambar_konstruksi
        end

        rule "Kuasa"
        when pemohon.melalui_kuasa
        then
          show dokumen.surat_kuasa
        end

        rule "Luas total"
        then
          set hasil.luas_total = reklame.luas * reklame.sisi + sum(papan[].luas)
        end

        rule "Kategori besar"
        when hasil.luas_total > 30
        then
          set hasil.kategori = "besar"
        end

        rule "Kategori kecil"
        when hasil.luas_total <= 30
        then
          set hasil.kategori = "kecil"
        end

        rule "Kategori dari kuasa"
        when dokumen.surat_kuasa is not empty
        then
          set hasil.kategori = "kecil"
        end

        rule "Papan"
        when reklame.luas > 0 and reklame.permanen
        then
          show papan
        end

        rule "Gambar papan"
        when papan[].luas > 10
        then
          show papan[].gambar
          require papan[].gambar
          set papan[].pajak = papan[].luas * hasil.nsr
          fee pajak_reklame = papan[].luas * 100
        end

        rule "Papan terbesar"
        when papan[].luas > 40
        then
          set hasil.nsr = papan[].luas
        end

        rule "NSR besar"
        when hasil.kategori = "besar"
        then
          set hasil.nsr = 2
        end

        rule "NSR kecil"
        when hasil.kategori = "kecil"
        then
          set hasil.nsr = 1
        end

        rule "Retribusi"
        when hasil.nsr is not empty
        then
          fee retribusi_izin = hasil.nsr * 1000 + count(papan[].gambar is not empty)
        end

        rule "Semua papan bergambar"
        when all(papan[].gambar is not empty) or any(papan[].luas = 5)
        then
          require reklame.teks
        end

        rule "Jenis tiap papan"
        then
          require papan[].jenis
        end

        check reklame.luas: reklame.luas <= 50
          else id "Terlalu luas" en "Too large"

        check papan[].luas: papan[].luas < 40
          else id "Papan terlalu luas" en "Board too large"

        warn dokumen.surat_kuasa: len(dokumen.surat_kuasa) > 2
          else id "Nama berkas pendek" en "Short file name"
        """;

    private static readonly Lazy<RuleProgram> Program = new(() => RuntimeDriver.Compile(Rules));

    private static readonly Value[] Numbers = [Value.Empty, Value.Number(0), Value.Number(5), Value.Number(10), Value.Number(11),
        Value.Number(24), Value.Number(25), Value.Number(30), Value.Number(41), Value.Number(60)];

    private static readonly Value[] Texts = [Value.Empty, Value.Text("ab"), Value.Text("abcd")];

    private static readonly Value[] Choices = [Value.Empty, Value.Text("billboard"), Value.Text("baliho")];

    private static readonly Value[] Bools = [Value.Empty, Value.True, Value.False];

    /// <summary>The answers a step may change, with the values it may give them (computed fields included: ignored).</summary>
    private static readonly (string Key, Value[] Domain)[] Inputs =
    [
        ("reklame.luas", Numbers), ("reklame.sisi", Numbers), ("reklame.jenis", Choices), ("reklame.permanen", Bools),
        ("pemohon.melalui_kuasa", Bools), ("dokumen.surat_kuasa", Texts), ("dokumen.gambar_konstruksi", Texts),
        ("reklame.teks", Texts), ("papan[].luas", Numbers), ("papan[].gambar", Texts), ("hasil.kategori", Texts),
    ];

    private static readonly Gen<Step> StepGen = Gen.Frequency(
        (6, from input in Gen.Choose(0, Inputs.Length - 1)
            from row in Gen.Choose(0, 3)
            from value in Gen.Choose(0, Inputs[input].Domain.Length - 1)
            select Step.Answer(Inputs[input].Key, row, Inputs[input].Domain[value])),
        (1, Gen.Choose(0, 4).Select(n => Step.RowCount("papan", n))));

    private static readonly Gen<Step[]> Steps =
        Gen.Sized(size => Gen.Choose(1, Math.Max(1, Math.Min(size, 40)))).SelectMany(n => Gen.ArrayOf(StepGen, n));

    /// <summary>
    /// Rules whose union has no cycle (so any subset compiles), with a threshold <c>{a}</c> filled in at random. A random
    /// subset in a random order changes the network and which rule wins a conflict.
    /// </summary>
    private static readonly string[] Pool =
    [
        "when reklame.luas > {a} or reklame.jenis = \"billboard\"\nthen\n  show dokumen.gambar_konstruksi\n  require dokumen.gambar_konstruksi",
        "when pemohon.melalui_kuasa\nthen\n  show dokumen.surat_kuasa",
        "when reklame.luas > 0 and reklame.permanen\nthen\n  show papan",
        "when papan[].luas > {a}\nthen\n  show papan[].gambar\n  require papan[].gambar",
        "then\n  set hasil.luas_total = reklame.luas * reklame.sisi + sum(papan[].luas)",
        "when reklame.permanen\nthen\n  set hasil.luas_total = {a}",
        "when hasil.luas_total > {a}\nthen\n  set hasil.nsr = 2",
        "when papan[].luas > {a}\nthen\n  set hasil.nsr = papan[].luas",
        "when hasil.nsr >= 2\nthen\n  set hasil.kategori = \"besar\"",
        "when hasil.nsr < 2 or dokumen.surat_kuasa is not empty\nthen\n  set hasil.kategori = \"kecil\"",
        "when papan[].gambar is not empty\nthen\n  set papan[].pajak = papan[].luas * hasil.nsr",
        "when papan[].luas > {a}\nthen\n  fee pajak_reklame = papan[].luas * 100",
        "when hasil.nsr is not empty\nthen\n  fee retribusi_izin = hasil.nsr * 1000 + count(papan[].gambar is not empty)",
        "when all(papan[].gambar is not empty) or any(papan[].luas = {a})\nthen\n  require reklame.teks",
        "then\n  require papan[].jenis",
        "when reklame.sisi > {a}\nthen\n  show dokumen",
        "when hasil.kategori = \"besar\"\nthen\n  require dokumen.gambar_konstruksi",
        "when sum(papan[].pajak) > {a}\nthen\n  fee pajak_reklame = sum(papan[].pajak)",
        "when reklame.jenis = \"baliho\"\nthen\n  set hasil.kategori = if reklame.luas > {a} then \"besar\" else \"kecil\" end",
        "when papan[].luas > {a} and hasil.kategori != \"kecil\"\nthen\n  set papan[].pajak = {a}\n  show papan[].gambar",
    ];

    private static readonly string[] Checks =
    [
        "check reklame.luas: reklame.luas <= {a}\n  else id \"x\" en \"x\"",
        "check papan[].luas: papan[].luas < {a}\n  else id \"x\" en \"x\"",
        "warn dokumen.surat_kuasa: len(dokumen.surat_kuasa) > 2\n  else id \"x\" en \"x\"",
    ];

    private static readonly Gen<string> RuleFile =
        from order in Gen.Shuffle(Enumerable.Range(0, Pool.Length + Checks.Length).ToArray())
        from count in Gen.Choose(1, order.Length)
        from thresholds in Gen.ArrayOf(Gen.Elements(0, 5, 10, 24, 30, 41), count)
        select string.Join("\n", order.Take(count).Select((item, i) =>
            (item < Pool.Length ? $"rule \"r{item}\"\n{Pool[item]}\nend\n" : Checks[item - Pool.Length] + "\n")
                .Replace("{a}", thresholds[i].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));

    [Property(MaxTest = 100)]
    public Property Run_RandomAnswerSequence_SessionAgreesWithFreshDirectEvaluatorAfterEveryStep() =>
        Prop.ForAll(Arb.From(Steps, ShrinkSteps), steps => AssertAgreeAlong(Program.Value, steps));

    [Property(MaxTest = 40)]
    public Property Run_RandomRuleSubsetAndAnswers_SessionAgreesWithFreshDirectEvaluatorAfterEveryStep() =>
        Prop.ForAll(Arb.From(Gen.Zip(RuleFile, Steps)), input =>
        {
            var (rules, steps) = input;
            var (program, diagnostics) = Binding.RulesTestSupport.Compile(rules, RuntimeDriver.Catalog);
            Assert.True(program is not null, rules + "\n" + string.Join("\n", diagnostics));
            try
            {
                AssertAgreeAlong(program!, steps);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Rules:\n" + rules, e);
            }
        });

    private static void AssertAgreeAlong(RuleProgram program, Step[] steps)
    {
        var session = RuntimeDriver.Start(program, RuntimeDriver.Session);
        var raw = new Dictionary<(string Key, int Row), Value>();
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var log = new StringBuilder();
        foreach (var step in steps)
        {
            if (!step.Apply(raw, rows))
            {
                continue;
            }

            log.AppendLine(step.ToString());
            step.ApplyTo(session.State);
            session.Run();

            var fresh = RuntimeDriver.Start(program, RuntimeDriver.Direct);
            foreach (var (repeat, count) in rows)
            {
                fresh.State.SetRowCount(repeat, count);
            }

            foreach (var ((key, row), value) in raw)
            {
                fresh.State.SetRaw(key, row, value);
            }

            fresh.Run();
            var expected = Snapshot(fresh);
            var actual = Snapshot(session);
            Assert.True(expected == actual, $"After:\n{log}\ndirect:\n{expected}\nsession:\n{actual}");
        }
    }

    /// <summary>Shrinks a failing sequence by dropping one step at a time.</summary>
    private static IEnumerable<Step[]> ShrinkSteps(Step[] steps) =>
        Enumerable.Range(0, steps.Length).Select(i => steps.Where((_, j) => j != i).ToArray());

    /// <summary>Everything observable about an evaluation except the conflicts (tested on their own).</summary>
    private static string Snapshot(RuntimeDriver driver)
    {
        var program = driver.State.Program;
        var text = new StringBuilder();
        IEnumerable<int> RowsOf(string path)
        {
            var repeat = program.Fields.TryGetValue(path, out var field) ? field.RepeatPath : null;
            return repeat is null ? [-1] : Enumerable.Range(0, driver.State.RowCount(repeat));
        }

        foreach (var key in program.ValueKeys)
        {
            foreach (var row in RowsOf(key))
            {
                text.Append(key).Append('[').Append(row).Append("]=").Append(driver.Get(key, row))
                    .Append(driver.State.IsVisible(key, row) ? "" : " hidden").AppendLine();
            }
        }

        foreach (var aggregate in program.Aggregates)
        {
            text.Append(aggregate.Model.Key).Append('=').Append(driver.Get(aggregate.Model.Key)).AppendLine();
        }

        var targets = program.Set.Rules.SelectMany(r => r.Effects)
            .Where(e => e.Kind is EffectKind.Show or EffectKind.Require)
            .Select(e => e.Target!)
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var perRow = target.Contains("[]", StringComparison.Ordinal);
            foreach (var row in perRow ? RowsOf(target) : [-1])
            {
                text.Append(target).Append('[').Append(row).Append("] shown=").Append(driver.Shown(target, row))
                    .Append(" required=").Append(driver.Required(target, row)).AppendLine();
            }
        }

        text.AppendLine("fees: " + string.Join(", ", driver.Fees()));
        text.AppendLine("failures: " + string.Join(", ", driver.Failures()));
        return text.ToString();
    }

    /// <summary>One step: an answer (row -1 outside groups) or a new row count.</summary>
    private sealed record Step(string Key, int Row, Value Value, int Count)
    {
        public static Step Answer(string key, int row, Value value) =>
            new(key, key.Contains("[]", StringComparison.Ordinal) ? row : -1, value, -1);

        public static Step RowCount(string repeat, int count) => new(repeat, -1, Value.Empty, count);

        /// <summary>Applies the step to the model of the answers; false when it is skipped (a row that does not exist).</summary>
        public bool Apply(Dictionary<(string Key, int Row), Value> raw, Dictionary<string, int> rows)
        {
            if (Count >= 0)
            {
                rows[Key] = Count;
                foreach (var gone in raw.Keys.Where(k => k.Row >= Count && k.Key.StartsWith(Key + "[]", StringComparison.Ordinal)).ToList())
                {
                    raw.Remove(gone);
                }

                return true;
            }

            if (Row >= 0 && Row >= rows.GetValueOrDefault("papan"))
            {
                return false;
            }

            if (Value.IsEmpty)
            {
                raw.Remove((Key, Row));
            }
            else
            {
                raw[(Key, Row)] = Value;
            }

            return true;
        }

        public void ApplyTo(FormRuntimeState state)
        {
            if (Count >= 0)
            {
                state.SetRowCount(Key, Count);
            }
            else
            {
                state.SetRaw(Key, Row, Value);
            }
        }

        public override string ToString() => Count >= 0 ? $"rows {Key} = {Count}" : $"answer {Key}[{Row}] = {Value}";
    }
}
