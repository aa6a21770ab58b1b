using Perizinan.Rules.Binding;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Runtime;

namespace Perizinan.Rules.Tests.Binding;

/// <summary>Shared by the binding, analysis and runtime tests: where the test data lives, and compiling a rules text.</summary>
internal static class RulesTestSupport
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The folder holding <c>Perizinan.sln</c>.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The test project folder.</summary>
    public static string TestProjectDirectory => Path.Combine(RepositoryRoot, "tests", "Perizinan.Rules.Tests");

    /// <summary>The data-driven binder and analysis cases.</summary>
    public static string CasesDirectory => Path.Combine(TestProjectDirectory, "Binding", "Cases");

    /// <summary>The shared catalog of the cases (inputs, groups, repeating groups and fees; nothing computed or hidden).</summary>
    public static TestCatalog SharedCatalog { get; } = TestCatalog.Load(Path.Combine(CasesDirectory, "catalog.json"));

    /// <summary>Compiles and returns the program (null on errors) with every diagnostic.</summary>
    public static (RuleProgram? Program, IReadOnlyList<Diagnostic> Diagnostics) Compile(
        string rules, IFieldCatalog catalog, string? functions = null, string fileName = "rules.pzr")
    {
        var bag = new DiagnosticBag();
        var program = RulesCompiler.Compile(rules, catalog, functions, bag, fileName);
        return (program, bag.Items);
    }

    /// <summary>Compiles a file that must be free of errors (warnings allowed) and returns its program.</summary>
    public static RuleProgram CompileValid(string rules, IFieldCatalog catalog, string? functions = null)
    {
        var (program, diagnostics) = Compile(rules, catalog, functions);
        Assert.True(program is not null, "Expected a clean compile:\n" + string.Join("\n", diagnostics.Select(d => d.Format("en"))));
        return program!;
    }

    /// <summary>
    /// Diagnostics in the order the case files list them: the rules file's first, by line and column (ties keep the
    /// order of reporting), then other files (form.json, functions.js) by name, line and column.
    /// </summary>
    public static IEnumerable<Diagnostic> InFileOrder(IEnumerable<Diagnostic> diagnostics, string rulesFileName) =>
        diagnostics
            .OrderBy(d => d.Location.File == rulesFileName ? 0 : 1)
            .ThenBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Perizinan.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Perizinan.sln above {AppContext.BaseDirectory}.");
    }
}
