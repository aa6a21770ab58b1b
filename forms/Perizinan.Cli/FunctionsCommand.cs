using Perizinan.Rules.Functions;
using Perizinan.Rules.Model;

namespace Perizinan.Cli;

/// <summary><c>perizinan functions</c>: the built-in functions as a Markdown table (the list in docs/rules.md comes from it).</summary>
internal static class FunctionsCommand
{
    public static int Run(TextWriter output)
    {
        output.WriteLine("| function | returns | Bahasa Indonesia | English |");
        output.WriteLine("|---|---|---|---|");
        foreach (var f in BuiltinFunctions.All.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"| `{Signature(f)}` | {TypeName(f.Returns)} | {f.SummaryId} | {f.SummaryEn} |");
        }

        return 0;
    }

    private static string Signature(FunctionDefinition f)
    {
        var min = f.MinArgs < 0 ? f.Parameters.Count : f.MinArgs;
        var parts = f.Parameters.Select((p, i) => i >= min ? $"[{TypeName(p)}]" : TypeName(p)).ToList();
        if (f.Variadic && parts.Count > 0)
        {
            parts[^1] += "…";
        }

        return $"{f.Name}({string.Join(", ", parts)})";
    }

    private static string TypeName(DslType t) => t.ToString().ToLowerInvariant();
}
