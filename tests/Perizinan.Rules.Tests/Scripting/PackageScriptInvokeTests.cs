using Perizinan.Rules.Model;
using static Perizinan.Rules.Tests.Scripting.ScriptTestHelper;

namespace Perizinan.Rules.Tests.Scripting;

public sealed class PackageScriptInvokeTests
{
    private const string TariffScript = """
        // Retribusi PBG: a rate per m² by floor-area band, times an index by building function.
        const BANDS = [
            { upTo: 100, perM2: 10000 },
            { upTo: 500, perM2: 8000 },
            { upTo: Infinity, perM2: 6000 },
        ];
        const INDEX = { hunian: 1, usaha: 1.5, sosial: 0.5 };

        function tarif_pbg(luas, fungsi) {
            if (luas === null || !(fungsi in INDEX)) {
                return null;
            }
            const band = BANDS.find(b => luas <= b.upTo);
            return Math.round(luas * band.perM2 * INDEX[fungsi]);
        }
        """;

    [Theory]
    [InlineData(80, "hunian", 800_000)]
    [InlineData(120, "hunian", 960_000)]
    [InlineData(120, "usaha", 1_440_000)]
    [InlineData(1000, "sosial", 3_000_000)]
    public void TryInvoke_TariffFromTable_Computed(int area, string use, int expected)
    {
        var script = Load(TariffScript);

        var (ok, result, problems) = Invoke(script, "tarif_pbg", DslType.Number, Value.Number(area), Value.Text(use));

        Assert.True(ok);
        Assert.Equal(Value.Number(expected), result);
        Assert.Empty(problems);
    }

    [Fact]
    public void TryInvoke_TariffWithEmptyOrUnknownInput_EmptyWithoutProblem()
    {
        var script = Load(TariffScript);

        var (ok, result, problems) = Invoke(script, "tarif_pbg", DslType.Number, Value.Empty, Value.Text("hunian"));
        var (ok2, result2, _) = Invoke(script, "tarif_pbg", DslType.Number, Value.Number(10), Value.Text("gudang"));

        Assert.True(ok);
        Assert.Equal(Value.Empty, result);
        Assert.Empty(problems);
        Assert.True(ok2);
        Assert.Equal(Value.Empty, result2);
    }

    [Fact]
    public void TryInvoke_Conversions_EveryKindRoundTrips()
    {
        var script = Load("""
            function echo(x) { return x; }
            function kinds(n, t, b, d, l, e) {
                return [typeof n, typeof t, typeof b, d, Array.isArray(l) ? l.join('|') : 'no', String(e)].join(',');
            }
            function plus_days(d, n) {
                const t = new Date(d + 'T00:00:00Z');
                t.setUTCDate(t.getUTCDate() + n);
                return t;
            }
            """);

        var (_, kinds, _) = Invoke(script, "kinds", DslType.Text,
            Value.Number(1.5m), Value.Text("a"), Value.True, Value.Date(new DateOnly(2024, 2, 29)), Value.List(["x", "y"]), Value.Empty);

        Assert.Equal(Value.Text("number,string,boolean,2024-02-29,x|y,null"), kinds);
        Assert.Equal(Value.Number(0.1m), Invoke(script, "echo", DslType.Number, Value.Number(0.1m)).Result);
        Assert.Equal(Value.Text("13000"), Invoke(script, "echo", DslType.Text, Value.Number(13000)).Result);
        Assert.Equal(Value.Number(1_234_567_890_123_456m), Invoke(script, "echo", DslType.Number, Value.Number(1_234_567_890_123_456m)).Result);
        Assert.Equal(Value.True, Invoke(script, "echo", DslType.Bool, Value.True).Result);
        Assert.Equal(Value.Date(new DateOnly(2024, 3, 5)), Invoke(script, "echo", DslType.Date, Value.Text("2024-03-05")).Result);
        Assert.Equal(Value.Date(new DateOnly(2024, 3, 1)),
            Invoke(script, "plus_days", DslType.Date, Value.Date(new DateOnly(2024, 2, 28)), Value.Number(2)).Result);
        Assert.Equal(Value.List(["a", "b"]), Invoke(script, "echo", DslType.List, Value.List(["a", "b"])).Result);
        Assert.Equal(Value.Number(42), Invoke(script, "echo", DslType.Any, Value.Number(42)).Result);
    }

    [Fact]
    public void TryInvoke_NaNOrInfinity_EmptyWithoutProblem()
    {
        var script = Load("function bad(x) { return x / 0 - x / 0; } function inf() { return 1 / 0; }");

        var nan = Invoke(script, "bad", DslType.Number, Value.Number(1));
        var inf = Invoke(script, "inf", DslType.Number);

        Assert.True(nan.Ok);
        Assert.Equal(Value.Empty, nan.Result);
        Assert.Empty(nan.Problems);
        Assert.Equal(Value.Empty, inf.Result);
    }

    [Fact]
    public void TryInvoke_ResultOfWrongType_EmptyAndProblem()
    {
        var script = Load("function obj() { return { a: 1 }; } function later() { return Promise.resolve(1); } async function a() {}");

        var obj = Invoke(script, "obj", DslType.Number);
        var flag = Invoke(script, "obj", DslType.Bool);

        Assert.False(obj.Ok);
        Assert.Equal(Value.Empty, obj.Result);
        Assert.Contains("'obj'", Assert.Single(obj.Problems), StringComparison.Ordinal);
        Assert.Contains("an object", obj.Problems[0], StringComparison.Ordinal);
        Assert.False(flag.Ok);
        Assert.Contains("a promise", Assert.Single(Invoke(script, "later", DslType.Number).Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void TryInvoke_ScriptThrows_EmptyAndProblemNamingFunctionAndMessage()
    {
        var script = Load("function hitung(x) {\n  throw new Error('luas tidak boleh negatif');\n}");

        var (ok, result, problems) = Invoke(script, "hitung", DslType.Number, Value.Number(-1));

        Assert.False(ok);
        Assert.Equal(Value.Empty, result);
        var problem = Assert.Single(problems);
        Assert.Contains("'hitung'", problem, StringComparison.Ordinal);
        Assert.Contains("luas tidak boleh negatif", problem, StringComparison.Ordinal);
        Assert.Contains("line 2", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryInvoke_UnknownFunction_EmptyAndProblem()
    {
        var script = Load("const helper = () => 1;");

        var (ok, result, problems) = Invoke(script, "helper", DslType.Number);

        Assert.False(ok);
        Assert.Equal(Value.Empty, result);
        Assert.Contains("'helper'", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void TryInvoke_AfterFailure_NextCallStillWorks()
    {
        var script = Load("function f(x) { if (x < 0) throw new Error('neg'); return x * 2; }");

        Assert.False(Invoke(script, "f", DslType.Number, Value.Number(-1)).Ok);
        var (ok, result, _) = Invoke(script, "f", DslType.Number, Value.Number(21));

        Assert.True(ok);
        Assert.Equal(Value.Number(42), result);
    }

    [Fact]
    public void TryInvoke_ConcurrentCallsFrom8Threads_CorrectResults()
    {
        var script = Load("""
            const WEIGHTS = [1, 2, 3];
            let scratch = 0;
            function weigh(x, label) {
                scratch = x;
                let sum = 0;
                for (let i = 0; i < 200; i++) { sum += WEIGHTS[i % 3]; }
                return label + ':' + (x * x + sum + scratch - x);
            }
            """);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();

        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                var x = (t * 1000) + i;
                var (ok, result, problems) = Invoke(script, "weigh", DslType.Text, Value.Number(x), Value.Text($"t{t}"));
                var expected = Value.Text($"t{t}:{((long)x * x) + 399}");
                if (!ok || result != expected || problems.Count > 0)
                {
                    failures.Add($"{x}: {result} {string.Join("; ", problems)}");
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
    }
}
