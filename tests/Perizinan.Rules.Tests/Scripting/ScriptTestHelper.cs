using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;
using Perizinan.Rules.Scripting;

namespace Perizinan.Rules.Tests.Scripting;

internal static class ScriptTestHelper
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    /// <summary>
    /// Limits for tests about behaviour rather than limits: the test machine may be busy, and a cold first call must
    /// not trip the 200 ms default.
    /// </summary>
    public static readonly ScriptLimits Relaxed = ScriptLimits.Default with { Timeout = TimeSpan.FromSeconds(10) };

    public static PackageScript Load(string source, ScriptLimits? limits = null)
    {
        var diagnostics = new DiagnosticBag();
        var script = PackageScript.Load(source, "functions.js", diagnostics, limits ?? Relaxed);
        Assert.Empty(diagnostics.Items);
        return Assert.IsType<PackageScript>(script);
    }

    public static (bool Ok, Value Result, IReadOnlyList<string> Problems) Invoke(
        PackageScript script, string name, DslType returns, params Value[] args) =>
        Invoke(script, name, returns, Today, args);

    public static (bool Ok, Value Result, IReadOnlyList<string> Problems) Invoke(
        PackageScript script, string name, DslType returns, DateOnly today, params Value[] args)
    {
        var ctx = new FunctionContext(today);
        var ok = script.TryInvoke(name, args, returns, ctx, out var result);
        return (ok, result, ctx.Problems);
    }
}
