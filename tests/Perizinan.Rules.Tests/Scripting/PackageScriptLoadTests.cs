using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Scripting;
using static Perizinan.Rules.Tests.Scripting.ScriptTestHelper;

namespace Perizinan.Rules.Tests.Scripting;

public sealed class PackageScriptLoadTests
{
    [Fact]
    public void Load_SyntaxError_PZR4001AtLineAndColumn()
    {
        var diagnostics = new DiagnosticBag();
        const string source = "function ok() { return 1; }\nfunction broken() {\n  return 1 +;\n}\n";

        var script = PackageScript.Load(source, "functions.js", diagnostics);

        Assert.Null(script);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("PZR4001", error.Code);
        Assert.True(error.IsError);
        Assert.Equal("functions.js", error.Location.File);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal(13, error.Location.Column); // the ';' after '+'
        Assert.Equal(source.IndexOf(';', source.IndexOf('+', StringComparison.Ordinal)), error.Location.Offset);
        Assert.StartsWith("functions.js(3,13): error PZR4001:", error.Format("en"), StringComparison.Ordinal);
        Assert.Contains("sintaks", error.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SloppyOnlyConstruct_PZR4001BecauseScriptsAreStrict()
    {
        var diagnostics = new DiagnosticBag();

        var script = PackageScript.Load("function f(o) {\n  with (o) { return x; }\n}", "functions.js", diagnostics);

        Assert.Null(script);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("PZR4001", error.Code);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(3, error.Location.Column);
    }

    [Fact]
    public void Load_TopLevelCodeThrows_PZR4002()
    {
        var diagnostics = new DiagnosticBag();

        var script = PackageScript.Load("function f() { return 1; }\nthrow new Error('tabel rusak');", "functions.js", diagnostics);

        Assert.Null(script);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("PZR4002", error.Code);
        Assert.Contains("tabel rusak", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TopLevelInfiniteLoop_PZR4002()
    {
        var diagnostics = new DiagnosticBag();

        var script = PackageScript.Load("for (;;) {}", "functions.js", diagnostics);

        Assert.Null(script);
        Assert.Equal("PZR4002", Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void FunctionNames_TopLevelPlainFunctionsOnly()
    {
        var script = Load("""
            function tarif(a) { function nested() {} return a; }
            function hitung_retribusi() { return 1; }
            async function later() { return 1; }
            function* many() { yield 1; }
            const arrow = () => 1;
            var legacy = function () { return 1; };
            class Table {}
            """);

        Assert.Equal(["hitung_retribusi", "tarif"], script.FunctionNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_EmptySource_NoFunctions()
    {
        var script = Load("");

        Assert.Empty(script.FunctionNames);
    }
}
