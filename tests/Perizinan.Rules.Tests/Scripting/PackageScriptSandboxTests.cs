using System.Diagnostics;
using Perizinan.Rules.Model;
using Perizinan.Rules.Scripting;
using static Perizinan.Rules.Tests.Scripting.ScriptTestHelper;

namespace Perizinan.Rules.Tests.Scripting;

public sealed class PackageScriptSandboxTests
{
    // The limits stop a call after 200 ms of wall-clock time; the assertions allow more because a busy build machine
    // can delay the call itself. Unbounded, these scripts would run for hours.
    private static readonly TimeSpan StopMargin = TimeSpan.FromSeconds(2);

    [Fact]
    public void Default_Limits_AsDocumented()
    {
        Assert.Equal(new ScriptLimits(TimeSpan.FromMilliseconds(200), 100_000, 4 * 1024 * 1024, 64), ScriptLimits.Default);
    }

    [Fact]
    public void TryInvoke_InfiniteLoop_StoppedEmptyAndReported()
    {
        var script = Load("function spin() { while (true) {} }", ScriptLimits.Default);
        var watch = Stopwatch.StartNew();

        var (ok, result, problems) = Invoke(script, "spin", DslType.Number);

        Assert.True(watch.Elapsed < StopMargin, $"took {watch.Elapsed}");
        Assert.False(ok);
        Assert.Equal(Value.Empty, result);
        var problem = Assert.Single(problems);
        Assert.Contains("'spin'", problem, StringComparison.Ordinal);
        Assert.Contains("stopped", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryInvoke_LongLoopWithoutStatementLimit_TimeLimitStopsIt()
    {
        var limits = ScriptLimits.Default with { MaxStatements = int.MaxValue - 1, MemoryBytes = long.MaxValue - 1 };
        var script = Load("function spin() { let i = 0; for (;;) { i++; } }", limits);
        var watch = Stopwatch.StartNew();

        var (ok, _, problems) = Invoke(script, "spin", DslType.Number);

        Assert.False(ok);
        Assert.True(watch.Elapsed < StopMargin, $"took {watch.Elapsed}");
        Assert.Contains("200 ms time limit", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void TryInvoke_StatementLimit_Reported()
    {
        var limits = Relaxed with { MaxStatements = 1_000, MemoryBytes = long.MaxValue - 1 };
        var script = Load("function spin() { while (true) { } }", limits);

        var (ok, _, problems) = Invoke(script, "spin", DslType.Number);

        Assert.False(ok);
        Assert.Contains("1,000 statements", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void TryInvoke_RepeatedCalls_LimitsResetForEachCall()
    {
        // One statement per iteration: 40 000 in one call is over the budget, but thirty calls of 8 000 each (240 000
        // in total) all pass, so the counter starts again at every call.
        var limits = Relaxed with { MaxStatements = 20_000 };
        var script = Load("function work(n) { let s = 0; for (let i = 0; i < n; i++) { s += i; } return s; }", limits);

        var tooMuch = Invoke(script, "work", DslType.Number, Value.Number(40_000));
        Assert.False(tooMuch.Ok);
        Assert.Contains("20,000 statements", Assert.Single(tooMuch.Problems), StringComparison.Ordinal);
        for (var i = 0; i < 30; i++)
        {
            var (ok, result, problems) = Invoke(script, "work", DslType.Number, Value.Number(8_000));
            Assert.True(ok, string.Join("; ", problems));
            Assert.Equal(Value.Number(31_996_000), result);
        }
    }

    [Fact]
    public void TryInvoke_DeepRecursion_StoppedAndReported()
    {
        var script = Load("""
            function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
            function ping(n) { return n === 0 ? 0 : pong(n - 1); }
            function pong(n) { return ping(n); }
            """);

        var shallow = Invoke(script, "depth", DslType.Number, Value.Number(50));
        var deep = Invoke(script, "depth", DslType.Number, Value.Number(100_000));
        var mutual = Invoke(script, "ping", DslType.Number, Value.Number(100_000));

        Assert.Equal(Value.Number(50), shallow.Result);
        Assert.False(deep.Ok);
        Assert.Equal(Value.Empty, deep.Result);
        Assert.Contains("recursed deeper than 64", Assert.Single(deep.Problems), StringComparison.Ordinal);
        Assert.False(mutual.Ok);
        Assert.Single(mutual.Problems);
    }

    [Fact]
    public void TryInvoke_HugeAllocation_MemoryLimit()
    {
        var limits = Relaxed with { MaxStatements = int.MaxValue - 1 };
        var script = Load("""
            function hog() { const a = []; for (let i = 0; i < 1e7; i++) { a.push('blok-' + i); } return a.length; }
            function one_shot() { return 'x'.repeat(2 ** 27).length; }
            function padded() { return ''.padEnd(1e8, 'ab').length; }
            """, limits);

        var hog = Invoke(script, "hog", DslType.Number);
        var oneShot = Invoke(script, "one_shot", DslType.Number);
        var padded = Invoke(script, "padded", DslType.Number);

        Assert.False(hog.Ok);
        Assert.Equal(Value.Empty, hog.Result);
        Assert.Contains("4,096 KiB memory limit", Assert.Single(hog.Problems), StringComparison.Ordinal);
        Assert.False(oneShot.Ok);
        Assert.Contains("Invalid string length", Assert.Single(oneShot.Problems), StringComparison.Ordinal);
        Assert.False(padded.Ok);
    }

    [Fact]
    public void TryInvoke_Date_SeesEvaluationDateNotMachineClock()
    {
        var script = Load("""
            function now_iso() { return new Date().toISOString(); }
            function now_ms() { return Date.now(); }
            function tz() { return new Date(2024, 0, 1).getTimezoneOffset(); }
            function parsed() { return new Date('2024-03-05').toISOString().slice(0, 10); }
            function no_intl() { return typeof Intl; }
            """);
        var evaluationDate = new DateOnly(2001, 2, 3);

        Assert.Equal(Value.Text("2001-02-03T00:00:00.000Z"), Invoke(script, "now_iso", DslType.Text, evaluationDate).Result);
        Assert.Equal(Value.Number(981_158_400_000m), Invoke(script, "now_ms", DslType.Number, evaluationDate).Result);
        Assert.Equal(Value.Text("2026-06-15T00:00:00.000Z"), Invoke(script, "now_iso", DslType.Text, Today).Result);
        Assert.Equal(Value.Number(0), Invoke(script, "tz", DslType.Number).Result);
        Assert.Equal(Value.Text("2024-03-05"), Invoke(script, "parsed", DslType.Text).Result);
        Assert.Equal(Value.Text("undefined"), Invoke(script, "no_intl", DslType.Text).Result);
    }

    [Fact]
    public void TryInvoke_ClrAccess_Unavailable()
    {
        var script = Load("""
            function probe() {
                return [typeof System, typeof importNamespace, typeof clr, typeof host, typeof require,
                        typeof process, typeof ShadowRealm, typeof Atomics, typeof ArrayBuffer].join(',');
            }
            """);

        var (ok, result, _) = Invoke(script, "probe", DslType.Text);

        Assert.True(ok);
        Assert.Equal(Value.Text(string.Join(',', Enumerable.Repeat("undefined", 9))), result);
    }

    [Theory]
    [InlineData("function f() { return eval('1 + 1'); }")]
    [InlineData("function f() { return new Function('return 2')(); }")]
    [InlineData("function f() { return (function () {}).constructor('return 3')(); }")]
    public void TryInvoke_StringCompilation_Refused(string source)
    {
        var script = Load(source);

        var (ok, result, problems) = Invoke(script, "f", DslType.Number);

        Assert.False(ok);
        Assert.Equal(Value.Empty, result);
        Assert.Single(problems);
    }

    [Fact]
    public void TryInvoke_StateChangingCalls_DoNotLeakIntoNextCall()
    {
        var script = Load("""
            let counter = 0;
            const table = { rate: 1 };
            function bump() { counter++; return counter; }
            function mutate() { table.rate = 2; return table.rate; }
            function pollute() { Array.prototype.evil = 1; return 1; }
            function add_global() { globalThis.leak = 1; return 1; }
            function read() { return [table.rate, typeof [].evil, typeof leak].join(','); }
            """);

        Assert.Equal(Value.Number(1), Invoke(script, "bump", DslType.Number).Result);
        Assert.Equal(Value.Number(1), Invoke(script, "bump", DslType.Number).Result);
        Assert.False(Invoke(script, "mutate", DslType.Number).Ok);
        Assert.False(Invoke(script, "pollute", DslType.Number).Ok);
        Assert.False(Invoke(script, "add_global", DslType.Number).Ok);
        Assert.Equal(Value.Text("1,undefined,undefined"), Invoke(script, "read", DslType.Text).Result);
    }

    [Fact]
    public void TryInvoke_CatastrophicRegexInScript_Stopped()
    {
        var script = Load("function check(s) { return /^(a+)+$/.test(s); }", ScriptLimits.Default);
        var watch = Stopwatch.StartNew();

        var (ok, result, problems) = Invoke(script, "check", DslType.Bool, Value.Text(new string('a', 40) + "!"));

        Assert.False(ok);
        Assert.Equal(Value.Empty, result);
        Assert.Single(problems);

        // Jint builds a .NET regex for the literal on first use, which is slow on a busy machine; the match itself is
        // cut off after 200 ms.
        Assert.True(watch.Elapsed < StopMargin * 5, $"took {watch.Elapsed}");
    }
}
