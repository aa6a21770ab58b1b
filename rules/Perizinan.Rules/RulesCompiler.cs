using Perizinan.Rules.Analysis;
using Perizinan.Rules.Binding;
using Perizinan.Rules.Diagnostics;
using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;
using Perizinan.Rules.Runtime;
using Perizinan.Rules.Scripting;
using Perizinan.Rules.Syntax;
using Perizinan.Rules.Syntax.Tree;

namespace Perizinan.Rules;

/// <summary>
/// Compiles a rules file against a form's fields, stage by stage: lex and parse → declare package functions
/// (functions.js, sandboxed) → bind names and types → check dependencies, conditions and usage → compile for the
/// runtime. Authors' mistakes become diagnostics; a file with errors yields no program.
/// </summary>
internal static class RulesCompiler
{
    /// <summary>Compiles; returns <c>null</c> when any error was reported.</summary>
    public static RuleProgram? Compile(
        string rulesSource,
        IFieldCatalog catalog,
        string? functionsSource,
        DiagnosticBag diagnostics,
        string rulesFileName = "rules.pzr",
        string functionsFileName = "functions.js")
    {
        var source = new SourceText(rulesSource, rulesFileName);
        var before = diagnostics.Items.Count;
        var syntax = Parser.Parse(source, diagnostics);
        var script = functionsSource is null ? null : PackageScript.Load(functionsSource, functionsFileName, diagnostics);
        var functions = DeclareFunctions(syntax, source, script, diagnostics);
        var rules = Binder.Bind(syntax, source, catalog, functions, diagnostics);
        if (!HasErrorsSince(diagnostics, before))
        {
            DependencyAnalyzer.Check(rules, catalog, diagnostics);
            ConditionAnalyzer.Check(rules, diagnostics);
            UsageAnalyzer.Check(rules, catalog, source, diagnostics);
        }

        return HasErrorsSince(diagnostics, before) ? null : new RuleProgram(rules, catalog);
    }

    private static bool HasErrorsSince(DiagnosticBag diagnostics, int start)
    {
        for (var i = start; i < diagnostics.Items.Count; i++)
        {
            if (diagnostics.Items[i].IsError)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, FunctionDefinition> DeclareFunctions(
        RulesFileSyntax syntax, SourceText source, PackageScript? script, DiagnosticBag diagnostics)
    {
        var functions = new Dictionary<string, FunctionDefinition>(StringComparer.Ordinal);
        foreach (var declaration in syntax.Items.OfType<FunctionDeclarationSyntax>())
        {
            var at = source.Locate(declaration.NameSpan);
            if (functions.ContainsKey(declaration.Name) || BuiltinFunctions.TryGet(declaration.Name, out _)
                || declaration.Name is "count" or "sum" or "any" or "all")
            {
                diagnostics.Error("PZR2011", at,
                    $"Fungsi '{declaration.Name}' sudah ada (dideklarasikan dua kali atau sama dengan fungsi bawaan).",
                    $"The function '{declaration.Name}' already exists (declared twice, or a built-in of that name).");
                continue;
            }

            var name = declaration.Name;
            var returns = declaration.Returns.Type;
            if (script is null || !script.FunctionNames.Contains(declaration.Name))
            {
                diagnostics.Error("PZR2011", at,
                    $"Fungsi '{declaration.Name}' dideklarasikan tetapi tidak ada di functions.js.",
                    $"The function '{declaration.Name}' is declared but not found in functions.js.");

                // Still declared, so that its calls are type-checked without a second error; the package will not run.
                functions[name] = new FunctionDefinition(name, declaration.Parameters.Select(p => p.Type.Type).ToArray(), returns, (_, _) => Value.Empty);
                continue;
            }

            var loaded = script;
            functions[name] = new FunctionDefinition(
                name,
                declaration.Parameters.Select(p => p.Type.Type).ToArray(),
                returns,
                (args, context) => loaded.TryInvoke(name, args, returns, context, out var result) ? result : Value.Empty,
                SummaryId: "Fungsi paket (functions.js)",
                SummaryEn: "Package function (functions.js)");
        }

        return functions;
    }
}
